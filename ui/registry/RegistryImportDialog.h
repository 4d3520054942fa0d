#pragma once

#include "registry/RegistryFilePreview.h"
#include "registry/RegistryImportResult.h"
#include "trust/OfficerKeyring.h"

#include <QDialog>
#include <QTemporaryDir>

class BackgroundJobs;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Imports a registry CSV: choose the file, check how its columns map to registry fields (a column
// matched by another system's spelling is a guess the officer confirms; a column left out that
// looks like payee accounts is warned about), watch the progress (the import runs in a worker
// thread and can be cancelled), then read what was imported, what was rejected and why, what was
// changed by a documented rule, and save the rejected rows to fix them.
class RegistryImportDialog : public QDialog
{
    Q_OBJECT

public:
    // officerId imports, signed with their key from signers (the window's signed-in officer).
    RegistryImportDialog(QString databaseLocation, QString officerId, OfficerKeyring signers,
                         QWidget* parent = nullptr);

    // Selects the file (as Browse… does) and reads its header row into the mapping table.
    void setFilePath(const QString& path);
    bool isRunning() const;
    const RegistryImportResult& result() const { return m_result; }

    // Closes the dialog; while an import runs, cancels it first and closes once it has rolled back.
    void reject() override;

Q_SIGNALS:
    void importSucceeded();
    void importFinished();

private:
    void setUpWidgets();
    void buildLayout(QPushButton* browseButton);
    void browse();
    void loadHeaders();
    RegistryColumnMapping chosenMapping() const;
    // Reads the file's first rows again with the columns as chosen, then shows what they say.
    void checkMapping();
    // Whether the columns can be imported as chosen, what they leave out, and whether the
    // officer has confirmed the guesses; Import is possible only then.
    void showMappingState();
    void startImport();
    void showResult(const RegistryImportResult& result);
    void saveRejectedRows();

    QString m_databaseLocation;
    QString m_officerId;
    OfficerKeyring m_signers;
    QTemporaryDir m_workDir;
    QLineEdit* m_fileEdit;
    QTableWidget* m_mappingTable;
    QLabel* m_columnWarnings;
    QCheckBox* m_confirmGuesses;
    QCheckBox* m_refuseInvalidEncoding;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableWidget* m_rejectedTable;
    QPushButton* m_startButton;
    QPushButton* m_cancelButton;
    QPushButton* m_saveRejectsButton;
    QDialogButtonBox* m_buttons;
    BackgroundJobs* m_jobs;
    RegistryImportResult m_result;
    RegistryFilePreview m_preview; // the file's header and first rows, with the columns as last chosen
    bool m_headersRead = false;
};
