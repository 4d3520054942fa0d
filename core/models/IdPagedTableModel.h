#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QThread>
#include <QVariant>

#include <functional>

class Database;
class QSqlQuery;

// A table of any size over a list of row ids: the ids (and whatever else a subclass wants with
// them) are read in a worker thread on its own connection, the rows a page at a time by id when
// shown. Subclasses say what to read (load) and how a page of rows reads (readPage).
class IdPagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 256;

    ~IdPagedTableModel() override;

    bool isLoading() const { return m_loading; }
    qint64 idAt(int row) const { return m_ids.value(row); }
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;

Q_SIGNALS:
    void loaded();

protected:
    IdPagedTableModel(Database& database, QObject* parent);

    // What a worker read: the ids in the order shown, and a subclass's extras, taken on this
    // thread by the apply function read returned.
    struct Loaded
    {
        QList<qint64> ids;
        std::function<void()> apply;
    };
    // Reads in a worker (read gets the worker's own connection); an older read still running is
    // dropped when it ends.
    void load(std::function<Loaded(Database&)> read);
    // The rows of these ids, each as its column values, in the order of ids.
    virtual QList<QVariantList> readPage(Database& database, const QList<qint64>& ids) const = 0;
    // Runs select (its first column the row id, "%1" where the IN list of ids goes) and gives each
    // row's values (row) in the order of ids; a row the database no longer has is empty.
    static QList<QVariantList> readInOrder(Database& database, const QString& select, const QList<qint64>& ids,
                                           const std::function<QVariantList(const QSqlQuery&)>& row);
    // The row's column values; empty when the row cannot be read.
    QVariantList rowAt(int row) const;

private:
    Database& m_database;
    quint64 m_generation = 0;
    bool m_loading = false;
    QPointer<QThread> m_worker;
    QList<qint64> m_ids;
    mutable QHash<int, QList<QVariantList>> m_pages;
};
