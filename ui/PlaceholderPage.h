#pragma once

#include <QWidget>

// The empty state of a page whose capability a later version brings: says what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};
