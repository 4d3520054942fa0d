#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class Database;
class HubSandbox;
class MainWindow;

// The composition root of the GUI: reads the command line, opens the database and builds the
// main window with the services it needs. With --sandbox it also runs a sandbox Payment Hub EE
// in process, on free loopback ports, for programs whose hub setting is "sandbox".
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    Application();
    ~Application();

    // Returns false (with a message shown to the officer) when PayDesk cannot start.
    bool start(const QStringList& arguments);

private:
    static std::optional<QString> withPassword(const QString& location);
    bool startSandbox(const QStringList& tenantSpecs, const QString& mapperFile, const QString& stateFile,
                      QString* error);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<HubSandbox> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};
