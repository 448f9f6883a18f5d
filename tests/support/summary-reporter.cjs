// Prints one plain closing line per jest run ("tests: N passed, N failed, N skipped"), a form
// CI tools read in any language, beside jest's own summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    console.log(
      `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`,
    );
  }
}

module.exports = SummaryReporter;
