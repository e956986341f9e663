/* The action's entry: nothing but run(), which never throws (it fails the step instead). */
import { run } from './main.js';

void run();
