#pragma once

#include "JobControl.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

// The one way a page runs work off the GUI thread. The work gets a JobControl and returns its
// result by value (errors travel inside it); the page's callback gets that result on the GUI
// thread, and progress as the work reports it. A page owns one BackgroundJobs: when the page goes,
// its jobs still running are told to stop (JobControl::cancelled) and abandoned: nothing waits
// for them, and their results reach nobody. The work must therefore hold no pointer to the page.
class BackgroundJobs : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJobs(QObject* parent);
    ~BackgroundJobs() override;

    bool busy() const { return !m_stops.isEmpty(); }
    // The threads every page's jobs run on: more than the global pool's one per core, so that a
    // long send or import never holds back a page's short job; jobs still running when PayDesk
    // quits are finished then.
    static QThreadPool* threadPool();
    // Asks every running job to stop at its next safe point; what they return still arrives.
    void cancelAll();

    template <typename Result>
    void run(std::function<Result(const JobControl&)> work, std::function<void(Result)> done,
             JobControl::Report progress = {})
    {
        auto* watcher = new QFutureWatcher<Result>(this);
        auto stop = std::make_shared<std::atomic_bool>(false);
        m_stops.insert(watcher, stop);
        if (progress) {
            const auto tell = [watcher, progress] {
                progress(watcher->progressText(), watcher->progressValue(), watcher->progressMaximum());
            };
            connect(watcher, &QFutureWatcherBase::progressTextChanged, this, tell);
            connect(watcher, &QFutureWatcherBase::progressValueChanged, this, tell);
        }
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
            watcher->deleteLater();
            m_stops.remove(watcher);
            QFuture<Result> future = watcher->future();
            if (future.resultCount() > 0) {
                done(future.takeResult());
            }
        });
        watcher->setFuture(QtConcurrent::run(threadPool(), [work, stop](QPromise<Result>& promise) {
            const JobControl control(
                [&promise](const QString& text, int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValueAndText(done, text);
                },
                [stop] { return stop->load(); });
            promise.addResult(work(control));
        }));
    }

private:
    QHash<QFutureWatcherBase*, std::shared_ptr<std::atomic_bool>> m_stops; // of the jobs running
};
