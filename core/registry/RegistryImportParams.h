#pragma once

#include "trust/OfficerKeyring.h"

#include "RegistryColumnMapping.h"

#include <QDate>
#include <QString>

// What a registry import reads, where it writes, and how it reads the columns.
struct RegistryImportParams
{
    QString filePath;
    QString databaseLocation;
    RegistryColumnMapping mapping;
    char delimiter = 0;  // 0: detect from the header line
    QString rejectsPath; // where rejected rows are written for the officer to fix; empty: not written
    // A record with bytes that are not UTF-8 is rejected alone (false) or refuses the whole file (true).
    bool refuseFileOnInvalidEncoding = false;
    QDate today;            // birth dates after this day are refused
    QString officer;        // who imports: written to the audit log with the import's figures
    OfficerKeyring signers; // holds the importing officer's key, which signs the import's audit entry
};
