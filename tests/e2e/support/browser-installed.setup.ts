import { requireBrowser } from './installed-browsers';
import { test } from './shared-test';

// Runs before a browser's projects (their `dependencies`): when the browser is missing, the run stops
// with one message naming it and how to install it, instead of every test failing to launch.
test('the browser is installed', ({ extensionBrowser }) => {
  requireBrowser(extensionBrowser);
});
