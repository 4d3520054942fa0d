#pragma once

// Exit codes of paydesk-cli, for scripts.
enum ExitCode
{
    ExitSuccess = 0,
    ExitFailure = 1,      // the command could not do its work (file, database, ...)
    ExitUsage = 2,        // the command line is wrong
    ExitRowsRejected = 3, // an import succeeded but refused some rows (see the rejected-rows file)
    ExitReviewFindings =
        4, // a reviewed batch file has problems, or its signature or manifest does not match; a statement has findings
    ExitUncertain = 5, // a batch is uncertain (sending): resolve it before anything else is sent
};
