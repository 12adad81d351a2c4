// The testing library waits 1 s for what a test awaits (findBy…, waitFor): too short for a React
// tree on a busy 2-CPU machine. Ten seconds, well inside REACT_TREE_TIMEOUT (tests/support/timeouts.ts).
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 10_000 });
