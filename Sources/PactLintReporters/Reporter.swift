import PactLint
