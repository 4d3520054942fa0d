#include "PreparedCycle.h"
#include "TestDatabases.h"
#include "UiTestSupport.h"

#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

// Every page of the window on a 1366x768 laptop screen, in English, French, Spanish and Arabic
// (right to left): the window is never wider or taller than the screen, and no label or button
// shows less than its whole text. French once needed 1,383 px and Arabic buttons were clipped.
class TestWindowFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageFitsTheScreen_data();
    void everyPageFitsTheScreen();
    void cleanup();

private:
    TestDatabases m_databases;
    QTemporaryDir m_dir;
    PreparedCycle m_cycle;
    std::unique_ptr<QTranslator> m_translator;
};

namespace {

constexpr int kScreenWidth = 1366;
constexpr int kScreenHeight = 768;
// What a desktop keeps of a 768-pixel screen for a window: the title bar and a task bar take the rest.
constexpr int kUsableHeight = 700;

// The text a widget shows, without its mnemonic's ampersand.
QString shownText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

// Whether a mnemonic's ampersand sits inside a word of a joining script (Arabic): the letters on
// either side are then drawn apart, wider than the text was measured, and overlap.
bool splitsAWord(const QString& text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0; at = text.indexOf(u'&', at + 2)) {
        const QChar before = at > 0 ? text.at(at - 1) : QChar();
        const QChar after = at + 1 < text.size() ? text.at(at + 1) : QChar();
        if (after == u'&') {
            continue;
        }
        if ((before.isLetter() && before.script() == QChar::Script_Arabic) ||
            (after.isLetter() && after.script() == QChar::Script_Arabic)) {
            return true;
        }
    }
    return false;
}

// Why the widget does not show its whole text, or nothing when it does.
QString cut(QWidget* widget)
{
    if (splitsAWord(widget->property("text").toString())) {
        return QStringLiteral("has a mnemonic inside an Arabic word");
    }
    if (auto* label = qobject_cast<QLabel*>(widget)) {
        if (label->wordWrap() || label->text().isEmpty() || Qt::mightBeRichText(label->text())) {
            return {};
        }
        int needed = 0;
        for (const QString& line : shownText(label->text()).split(u'\n')) {
            needed = qMax(needed, label->fontMetrics().horizontalAdvance(line));
        }
        const int has = label->contentsRect().width() - 2 * label->margin() - 2 * qMax(0, label->indent());
        return needed > has + 1 ? QStringLiteral("needs %1 px, has %2").arg(needed).arg(has) : QString();
    }
    if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        if (button->text().isEmpty()) {
            return {};
        }
        const int needed = button->sizeHint().width();
        return needed > button->width() + 1 ? QStringLiteral("needs %1 px, has %2").arg(needed).arg(button->width())
                                            : QString();
    }
    return {};
}

} // namespace

void TestWindowFit::initTestCase()
{
    m_cycle = PreparedCycle::make(m_databases.freshLocation(QStringLiteral("sqlite")),
                                  m_dir.filePath(QStringLiteral("registry.csv")), 21, 200, 50);
    QVERIFY(m_cycle.database);
}

void TestWindowFit::everyPageFitsTheScreen_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "fr", "es", "ar"}) {
        QTest::newRow(language) << QString::fromLatin1(language);
    }
}

void TestWindowFit::everyPageFitsTheScreen()
{
    QFETCH(QString, language);
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QApplication::setLayoutDirection(locale.textDirection());
    m_translator = std::make_unique<QTranslator>();
    if (language != u"en") {
        QVERIFY(m_translator->load(locale, QStringLiteral("paydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(m_translator.get());
    }
    MainWindow window(*m_cycle.database);
    window.resize(kScreenWidth, kUsableHeight);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(actAs(&window, PreparedCycle::checker.id));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    QStringList problems;
    for (int page = 0; page < navigation->count(); ++page) {
        navigation->setCurrentRow(page);
        settle();
        const QString where = language + u'/' + navigation->item(page)->text();
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (least.width() > kScreenWidth || least.height() > kUsableHeight) {
            problems.append(QStringLiteral("%1: the window needs at least %2x%3")
                                .arg(where)
                                .arg(least.width())
                                .arg(least.height()));
        }
        for (QWidget* widget : window.findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->window() != &window) {
                continue;
            }
            const QString why = cut(widget);
            if (!why.isEmpty()) {
                problems.append(QStringLiteral("%1: %2 \"%3\" (%4) %5")
                                    .arg(where, QString::fromLatin1(widget->metaObject()->className()),
                                         shownText(widget->property("text").toString()), widget->objectName(), why));
            }
        }
        saveScreenshot(&window, QStringLiteral("fit-%1-%2.png").arg(language).arg(page));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestWindowFit::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
