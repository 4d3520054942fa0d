#include "TablePlaceholder.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

TablePlaceholder::TablePlaceholder(QAbstractItemView* view, const QString& objectName, const QString& text)
    : QObject(view), m_view(view), m_label(new QLabel(text, view->viewport()))
{
    m_label->setObjectName(objectName);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setMargin(24);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    // The view's model is set before its placeholder is made.
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePlaceholder::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePlaceholder::update);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePlaceholder::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TablePlaceholder::update);
    update();
}

bool TablePlaceholder::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        update();
    }
    return QObject::eventFilter(watched, event);
}

void TablePlaceholder::update()
{
    if (!m_label) {
        return;
    }
    m_label->setGeometry(m_view->viewport()->rect());
    m_label->setVisible(m_view->model()->rowCount() == 0);
}
