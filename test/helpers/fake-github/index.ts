export {
  FakeGitHub,
  startFakeGitHub,
  type Fault,
  type FakeGitHubOptions,
  type RecordedRequest,
} from './server.js';
export {
  BOT,
  HUMAN,
  FakeRepo,
  type FakeCommit,
  type FakeFile,
  type FakePull,
  type FakePullFile,
  type FakeUser,
} from './state.js';
export { rightSideLines } from './diff-lines.js';
