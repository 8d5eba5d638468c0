// Command sysmobench-etcd-raft-driver runs a cluster of etcd raft RawNodes (etcd 3.5.16, go.etcd.io/etcd/raft/v3)
// in one process over a network the driver owns, plays one scenario chosen by the harness, and prints what each
// node did as NDJSON on stdout.
//
// Usage: sysmobench-etcd-raft-driver <seed> <scenario> <nodes>
//
// Everything is single-threaded and driven by a seeded random source: which node ticks or receives next, message
// loss, delay, reordering, duplication, partitions, crashes and client proposals. (The library draws its own
// randomized election timeouts from a time-seeded source, so interleavings still vary between runs of one seed.)
//
// The driver observes every node at the library's boundary only: an input (a tick that made the node do
// something, a message stepped in, a proposal, a crash, a restart from storage) and the Ready that followed it
// (state, hard state, entries, committed entries, messages sent). Each input is one event line:
//
//	{"seq":N,"round":R,"node":I,"input":"tick|step|propose|crash|restart","msg":{...},
//	 "sent":[{...}],"status":{"state":"StateLeader","term":T,"vote":V,"lead":L,"commit":C},"log":[terms...]}
//
// (a message's fields at their zero value are left out).
//
// The first line is a header, the last line {"end":...} says whether the scenario reached its goal. Ticks that
// change nothing are not events. Every Ready is persisted (hard state and entries) before its messages are sent,
// as the library requires, so a restarted node recovers exactly what it had.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand"
	"os"
	"sort"
	"strconv"

	"go.etcd.io/etcd/raft/v3"
	pb "go.etcd.io/etcd/raft/v3/raftpb"
)

const (
	electionTick  = 10
	heartbeatTick = 3
	maxEvents     = 900
)

// storage is the library's MemoryStorage with a fixed voter set: the cluster starts with empty logs at term 0
// (no bootstrap entries), which keeps the first index of every log at 1.
type storage struct {
	*raft.MemoryStorage
	conf pb.ConfState
}

func (s *storage) InitialState() (pb.HardState, pb.ConfState, error) {
	hs, _, err := s.MemoryStorage.InitialState()
	return hs, s.conf, err
}

type node struct {
	id      uint64
	rn      *raft.RawNode
	st      *storage
	up      bool
	applied uint64
}

type flight struct {
	due uint64
	m   pb.Message
}

type faults struct {
	drop, dup float64
	maxDelay  int
}

type cluster struct {
	rng       *rand.Rand
	nodes     []*node
	net       []flight
	round     uint64
	seq       int
	out       *json.Encoder
	f         faults
	blocked   map[[2]uint64]bool
	crashes   int
	proposals int
	failed    string
	lastSoft  map[uint64]raft.SoftState
}

// ---- output records ----

// msgOut is a message as printed: fields at their zero value (0, false, no entries) are left out.
type msgOut struct {
	Type       string   `json:"type"`
	From       uint64   `json:"from"`
	To         uint64   `json:"to"`
	Term       uint64   `json:"term"`
	Index      uint64   `json:"index,omitempty"`
	LogTerm    uint64   `json:"logTerm,omitempty"`
	Entries    []uint64 `json:"entries,omitempty"`
	Commit     uint64   `json:"commit,omitempty"`
	Reject     bool     `json:"reject,omitempty"`
	RejectHint uint64   `json:"rejectHint,omitempty"`
}

type statusOut struct {
	State  string `json:"state"`
	Term   uint64 `json:"term"`
	Vote   uint64 `json:"vote"`
	Lead   uint64 `json:"lead"`
	Commit uint64 `json:"commit"`
}

type eventOut struct {
	Seq     int        `json:"seq"`
	Round   uint64     `json:"round"`
	Node    uint64     `json:"node"`
	Input   string     `json:"input"`
	Msg     *msgOut    `json:"msg,omitempty"`
	Error   string     `json:"error,omitempty"`
	Sent    []msgOut   `json:"sent"`
	Applied int        `json:"applied"`
	Status  *statusOut `json:"status,omitempty"`
	Log     []uint64   `json:"log"`
}

func describe(m pb.Message) msgOut {
	ents := make([]uint64, 0, len(m.Entries))
	for _, e := range m.Entries {
		ents = append(ents, e.Term)
	}
	return msgOut{Type: m.Type.String(), From: m.From, To: m.To, Term: m.Term, Index: m.Index, LogTerm: m.LogTerm,
		Entries: ents, Commit: m.Commit, Reject: m.Reject, RejectHint: m.RejectHint}
}

// ---- the cluster ----

func newCluster(seed int64, n int, f faults, out io.Writer) *cluster {
	c := &cluster{rng: rand.New(rand.NewSource(seed)), out: json.NewEncoder(out), f: f, blocked: map[[2]uint64]bool{},
		lastSoft: map[uint64]raft.SoftState{}}
	voters := make([]uint64, n)
	for i := range voters {
		voters[i] = uint64(i + 1)
	}
	for _, id := range voters {
		st := &storage{MemoryStorage: raft.NewMemoryStorage(), conf: pb.ConfState{Voters: voters}}
		nd := &node{id: id, st: st}
		nd.start()
		c.nodes = append(c.nodes, nd)
	}
	return c
}

var quiet = &raft.DefaultLogger{Logger: log.New(io.Discard, "", 0)}

// start (re)creates the node's RawNode from its storage, as a restarted process would.
func (nd *node) start() {
	rn, err := raft.NewRawNode(&raft.Config{
		ID:              nd.id,
		ElectionTick:    electionTick,
		HeartbeatTick:   heartbeatTick,
		Storage:         nd.st,
		Applied:         nd.applied,
		MaxSizePerMsg:   math.MaxUint64,
		MaxInflightMsgs: 256,
		PreVote:         true,
		CheckQuorum:     false,
		Logger:          quiet,
	})
	if err != nil {
		panic(err)
	}
	nd.rn = rn
	nd.up = true
}

func (c *cluster) node(id uint64) *node { return c.nodes[id-1] }

func (c *cluster) linked(from, to uint64) bool {
	return !c.blocked[[2]uint64{from, to}] && c.node(to).up
}

// handle persists and sends what the node's Ready holds, applies its committed entries, and records the event.
func (c *cluster) handle(nd *node, input string, in *pb.Message, stepErr error) {
	var sent []msgOut
	applied := 0
	for nd.rn.HasReady() {
		rd := nd.rn.Ready()
		if !raft.IsEmptyHardState(rd.HardState) {
			if err := nd.st.SetHardState(rd.HardState); err != nil {
				panic(err)
			}
		}
		if err := nd.st.Append(rd.Entries); err != nil {
			panic(err)
		}
		for _, m := range rd.Messages {
			sent = append(sent, describe(m))
			c.send(m)
		}
		for _, e := range rd.CommittedEntries {
			if e.Type != pb.EntryNormal {
				c.fail(fmt.Sprintf("node %d committed a %s entry; this driver makes no configuration changes", nd.id, e.Type))
			}
			nd.applied = e.Index
			applied++
		}
		nd.rn.Advance(rd)
	}
	if input == "tick" && len(sent) == 0 && !c.softChanged(nd) {
		return
	}
	c.record(nd, input, in, stepErr, sent, applied)
}

// softChanged: the node's soft state differs from the one last recorded (a tick that changed only that is
// still an event).
func (c *cluster) softChanged(nd *node) bool {
	return c.lastSoft[nd.id] != nd.rn.BasicStatus().SoftState
}

func (c *cluster) record(nd *node, input string, in *pb.Message, stepErr error, sent []msgOut, applied int) {
	c.seq++
	ev := eventOut{Seq: c.seq, Round: c.round, Node: nd.id, Input: input, Sent: sent, Applied: applied}
	if ev.Sent == nil {
		ev.Sent = []msgOut{}
	}
	if in != nil {
		d := describe(*in)
		ev.Msg = &d
	}
	if stepErr != nil {
		ev.Error = stepErr.Error()
	}
	if nd.up {
		s := nd.rn.BasicStatus()
		c.lastSoft[nd.id] = s.SoftState
		ev.Status = &statusOut{State: s.RaftState.String(), Term: s.Term, Vote: s.Vote, Lead: s.Lead, Commit: s.Commit}
	}
	ev.Log = c.terms(nd)
	if err := c.out.Encode(ev); err != nil {
		panic(err)
	}
	if c.seq >= maxEvents && c.failed == "" {
		c.fail(fmt.Sprintf("the scenario ran past %d events", maxEvents))
	}
}

func (c *cluster) terms(nd *node) []uint64 {
	first, _ := nd.st.FirstIndex()
	last, _ := nd.st.LastIndex()
	out := []uint64{}
	if last < first {
		return out
	}
	ents, err := nd.st.Entries(first, last+1, math.MaxUint64)
	if err != nil {
		panic(err)
	}
	for _, e := range ents {
		out = append(out, e.Term)
	}
	return out
}

func (c *cluster) fail(why string) {
	if c.failed == "" {
		c.failed = why
	}
}

// send puts a message on the network: lost with probability drop (or when the link is cut), otherwise delivered
// after 0..maxDelay rounds.
func (c *cluster) send(m pb.Message) {
	if !c.linked(m.From, m.To) || c.rng.Float64() < c.f.drop {
		return
	}
	c.net = append(c.net, flight{due: c.round + uint64(c.rng.Intn(c.f.maxDelay+1)), m: m})
}

func (c *cluster) tick(nd *node) {
	nd.rn.Tick()
	c.handle(nd, "tick", nil, nil)
}

func (c *cluster) deliver(m pb.Message) {
	if !c.linked(m.From, m.To) {
		return
	}
	if c.rng.Float64() < c.f.dup {
		c.net = append(c.net, flight{due: c.round + 1 + uint64(c.rng.Intn(3)), m: m})
	}
	nd := c.node(m.To)
	err := nd.rn.Step(m)
	c.handle(nd, "step", &m, err)
}

// step runs one round: every running node ticks once and every message due is delivered, in a random order.
func (c *cluster) step() {
	var actions []func()
	for _, nd := range c.nodes {
		if nd.up {
			n := nd
			actions = append(actions, func() { c.tick(n) })
		}
	}
	var later []flight
	for _, fl := range c.net {
		if fl.due <= c.round {
			m := fl.m
			actions = append(actions, func() { c.deliver(m) })
		} else {
			later = append(later, fl)
		}
	}
	c.net = later
	c.rng.Shuffle(len(actions), func(i, j int) { actions[i], actions[j] = actions[j], actions[i] })
	for _, a := range actions {
		if c.failed != "" {
			return
		}
		a()
	}
	c.round++
}

func (c *cluster) leader() *node {
	var best *node
	for _, nd := range c.nodes {
		if nd.up && nd.rn.BasicStatus().RaftState == raft.StateLeader {
			if best == nil || nd.rn.BasicStatus().Term > best.rn.BasicStatus().Term {
				best = nd
			}
		}
	}
	return best
}

func (c *cluster) propose(nd *node) {
	c.proposals++
	err := nd.rn.Propose([]byte("v" + strconv.Itoa(c.proposals)))
	c.handle(nd, "propose", nil, err)
}

// proposeAtLeader proposes at the current leader; false when there is none.
func (c *cluster) proposeAtLeader() bool {
	l := c.leader()
	if l == nil {
		return false
	}
	c.propose(l)
	return true
}

// crash stops a node: messages on their way to it are lost, and so are those it sent that are still on
// their way when lostOutgoing is set (the process died before its network buffers were flushed).
func (c *cluster) crash(nd *node, lostOutgoing bool) {
	nd.up = false
	nd.rn = nil
	c.crashes++
	var kept []flight
	for _, fl := range c.net {
		if fl.m.To != nd.id && !(lostOutgoing && fl.m.From == nd.id) {
			kept = append(kept, fl)
		}
	}
	c.net = kept
	c.record(nd, "crash", nil, nil, []msgOut{}, 0)
}

func (c *cluster) restart(nd *node) {
	nd.start()
	c.handle(nd, "restart", nil, nil)
}

func (c *cluster) partition(group []uint64) {
	in := map[uint64]bool{}
	for _, id := range group {
		in[id] = true
	}
	for _, a := range c.nodes {
		for _, b := range c.nodes {
			if in[a.id] != in[b.id] {
				c.blocked[[2]uint64{a.id, b.id}] = true
			}
		}
	}
}

func (c *cluster) heal() { c.blocked = map[[2]uint64]bool{} }

// runUntil plays rounds until cond holds or limit rounds have passed; false (and a failure) on the limit.
func (c *cluster) runUntil(what string, limit int, cond func() bool) bool {
	for i := 0; i < limit; i++ {
		if c.failed != "" {
			return false
		}
		if cond() {
			return true
		}
		c.step()
	}
	if c.failed == "" && !cond() {
		c.fail("no " + what + " within " + strconv.Itoa(limit) + " rounds")
	}
	return c.failed == ""
}

func (c *cluster) runFor(rounds int) {
	for i := 0; i < rounds && c.failed == ""; i++ {
		c.step()
	}
}

// converged: every running node has the leader's log and commit index, and the leader has committed it all.
func (c *cluster) converged() bool {
	l := c.leader()
	if l == nil {
		return false
	}
	want := c.terms(l)
	commit := l.rn.BasicStatus().Commit
	if commit != uint64(len(want)) {
		return false
	}
	for _, nd := range c.nodes {
		if !nd.up {
			return false
		}
		got := c.terms(nd)
		if len(got) != len(want) || nd.rn.BasicStatus().Commit != commit {
			return false
		}
		for i := range got {
			if got[i] != want[i] {
				return false
			}
		}
	}
	return true
}

func (c *cluster) hasLeader() bool { return c.leader() != nil }

// ---- scenarios ----

func (c *cluster) proposeSome(k int, gap int) {
	for i := 0; i < k && c.failed == ""; i++ {
		if !c.runUntil("leader to propose to", 80, c.hasLeader) {
			return
		}
		c.proposeAtLeader()
		c.runFor(1 + c.rng.Intn(gap))
	}
}

func initialElection(c *cluster) {
	if !c.runUntil("leader", 120, c.hasLeader) {
		return
	}
	c.runFor(4 + c.rng.Intn(4))
	c.proposeSome(1+c.rng.Intn(2), 3)
	c.runUntil("convergence", 80, c.converged)
	c.runFor(3)
}

func leaderCrash(c *cluster) {
	if !c.runUntil("leader", 120, c.hasLeader) {
		return
	}
	c.proposeSome(2, 3)
	if !c.runUntil("convergence", 80, c.converged) {
		return
	}
	old := c.leader()
	// A last proposal that reaches no follower before the leader goes down: it stays in the crashed node's
	// log, uncommitted, and is replaced when the node rejoins under the new leader (log repair).
	c.propose(old)
	c.crash(old, true)
	if !c.runUntil("new leader", 150, c.hasLeader) {
		return
	}
	c.proposeSome(1+c.rng.Intn(2), 3)
	c.runFor(2 + c.rng.Intn(4))
	c.restart(old)
	c.runUntil("convergence after restart", 150, c.converged)
	c.runFor(2)
}

func partitionHeal(c *cluster) {
	if !c.runUntil("leader", 120, c.hasLeader) {
		return
	}
	c.proposeSome(1, 2)
	if !c.runUntil("convergence", 80, c.converged) {
		return
	}
	old := c.leader()
	// The old leader keeps one follower on its side: a minority that cannot commit.
	minority := []uint64{old.id}
	for _, nd := range c.nodes {
		if nd.id != old.id && len(minority) < (len(c.nodes)-1)/2 {
			minority = append(minority, nd.id)
			break
		}
	}
	c.partition(minority)
	c.propose(old)
	c.runFor(2)
	c.propose(old)
	newLeader := func() bool {
		l := c.leader()
		return l != nil && l.id != old.id && l.rn.BasicStatus().Term > old.rn.BasicStatus().Term
	}
	if !c.runUntil("leader in the majority", 150, newLeader) {
		return
	}
	for i := 0; i < 2 && c.failed == ""; i++ {
		if !c.runUntil("majority leader", 80, newLeader) {
			return
		}
		c.propose(c.leader())
		c.runFor(2)
	}
	c.runFor(3)
	c.heal()
	c.runUntil("convergence after healing", 200, c.converged)
	c.runFor(2)
}

func proposalsUnderFaults(c *cluster) {
	if !c.runUntil("leader", 150, c.hasLeader) {
		return
	}
	c.proposeSome(3, 3)
	var follower *node
	for _, nd := range c.nodes {
		if nd.up && nd.rn.BasicStatus().RaftState != raft.StateLeader {
			follower = nd
			break
		}
	}
	if follower != nil {
		c.crash(follower, false)
		c.proposeSome(2, 3)
		c.runFor(2)
		c.restart(follower)
	}
	c.proposeSome(1, 2)
	c.runUntil("convergence", 250, c.converged)
	c.runFor(2)
}

var scenarios = map[string]struct {
	play   func(*cluster)
	faults faults
}{
	"initial-election":       {initialElection, faults{drop: 0.03, dup: 0.05, maxDelay: 2}},
	"leader-crash":           {leaderCrash, faults{drop: 0.05, dup: 0.05, maxDelay: 2}},
	"partition-heal":         {partitionHeal, faults{drop: 0.03, dup: 0.05, maxDelay: 2}},
	"proposals-under-faults": {proposalsUnderFaults, faults{drop: 0.15, dup: 0.15, maxDelay: 3}},
}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: sysmobench-etcd-raft-driver <seed> <scenario> <nodes>")
		os.Exit(2)
	}
	seed, err := strconv.ParseInt(os.Args[1], 10, 64)
	if err != nil {
		fmt.Fprintln(os.Stderr, "seed is not an integer:", os.Args[1])
		os.Exit(2)
	}
	sc, ok := scenarios[os.Args[2]]
	if !ok {
		names := make([]string, 0, len(scenarios))
		for k := range scenarios {
			names = append(names, k)
		}
		sort.Strings(names)
		fmt.Fprintln(os.Stderr, "unknown scenario", os.Args[2], "; known:", names)
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[3])
	if err != nil || n < 3 || n > 7 {
		fmt.Fprintln(os.Stderr, "nodes must be 3 to 7")
		os.Exit(2)
	}
	out := json.NewEncoder(os.Stdout)
	header := map[string]interface{}{"driver": "sysmobench-etcd-raft-driver", "seed": seed, "scenario": os.Args[2],
		"nodes": n, "electionTick": electionTick, "heartbeatTick": heartbeatTick, "preVote": true, "checkQuorum": false}
	if err := out.Encode(header); err != nil {
		panic(err)
	}
	c := newCluster(seed, n, sc.faults, os.Stdout)
	sc.play(c)
	end := map[string]interface{}{"end": true, "ok": c.failed == "", "reason": c.failed, "rounds": c.round,
		"events": c.seq, "crashes": c.crashes, "proposals": c.proposals}
	if err := out.Encode(end); err != nil {
		panic(err)
	}
}
