/** See the module description in pom.xml. */
package org.sysmobench.agents;
