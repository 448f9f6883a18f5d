// How every script and test here starts Debian's Chromium: the system binary (never a
// downloaded browser), headless, and without the background connections this offline machine
// would refuse.
const { chromium } = require('playwright-core');

const executablePath = '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Launches headless Chromium with the options above. */
function launchChromium() {
  return chromium.launch({ executablePath, args });
}

module.exports = { executablePath, args, launchChromium };
