#pragma once

#include <QString>

#include <functional>

// What work running off the GUI thread (BackgroundJobs) may tell the page that started it, and
// ask: how far it has come, and whether the page still wants its result.
class JobControl
{
public:
    using Report = std::function<void(const QString& text, int done, int total)>;

    JobControl(Report report, std::function<bool()> cancelled)
        : m_report(std::move(report)), m_cancelled(std::move(cancelled))
    {
    }

    void report(const QString& text, int done = 0, int total = 0) const { m_report(text, done, total); }
    // True once the page has gone or cancelled: stop at the next safe point.
    bool cancelled() const { return m_cancelled(); }

private:
    Report m_report;
    std::function<bool()> m_cancelled;
};
