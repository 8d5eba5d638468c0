I'm sorry, but I cannot write that specification.
