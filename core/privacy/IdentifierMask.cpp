#include "IdentifierMask.h"

namespace {

constexpr qsizetype kShownCharacters = 4;

} // namespace

QString IdentifierMask::mask(const QString& value)
{
    if (value.isEmpty()) {
        return value;
    }
    const qsizetype shown = value.size() > kShownCharacters * 2 ? kShownCharacters : 0;
    return QString(value.size() - shown, QChar(0x2022)) + value.right(shown);
}

bool IdentifierMask::appliesTo(const std::optional<Officer>& officer)
{
    return !officer || !officer->active || officer->role == OfficerRole::Viewer;
}
