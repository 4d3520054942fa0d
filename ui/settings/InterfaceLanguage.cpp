#include "InterfaceLanguage.h"

#include "i18n/TranslationLoader.h"

#include <QApplication>

QLocale InterfaceLanguage::apply(QApplication& app)
{
    const QLocale locale = TranslationLoader::localeFor(TranslationLoader::chosenLanguage());
    QLocale::setDefault(locale);
    TranslationLoader::install(app, locale);
    QApplication::setLayoutDirection(locale.textDirection());
    return locale;
}
