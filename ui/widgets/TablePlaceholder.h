#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QLabel;

// Says, across an empty table or list, what would fill it and how ("No cycle yet: …"). Shown
// while the view's model has no rows; the view stays usable underneath.
class TablePlaceholder : public QObject
{
    Q_OBJECT

public:
    TablePlaceholder(QAbstractItemView* view, const QString& objectName, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    QAbstractItemView* m_view;
    QPointer<QLabel> m_label; // gone before the view's model while the view is destroyed
};
