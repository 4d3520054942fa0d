#pragma once

#include <QLocale>

class QApplication;

// The language the window speaks: the officer's choice (or the system's), its translation, its
// number, date and money formats, and its writing direction (Arabic is laid out right to left).
// Files PayDesk writes never follow it: they use fixed, locale-free formats.
class InterfaceLanguage
{
public:
    // Applies the chosen language to the whole application; returns its locale.
    static QLocale apply(QApplication& app);
};
