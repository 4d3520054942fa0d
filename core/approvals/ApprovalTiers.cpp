#include "ApprovalTiers.h"

#include <algorithm>

std::optional<ApprovalTiers> ApprovalTiers::parse(const QString& text, const Currency& currency, QString* error)
{
    QList<Tier> tiers;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString trimmed = part.trimmed();
        const qsizetype colon = trimmed.indexOf(u':');
        QString amountError;
        const auto from =
            colon > 0 ? Money::parse(QStringView(trimmed).left(colon).trimmed(), currency, &amountError) : std::nullopt;
        bool countOk = false;
        const int checkers = colon > 0 ? trimmed.mid(colon + 1).trimmed().toInt(&countOk) : 0;
        if (!from || !countOk) {
            *error = tr("approval tier \"%1\": write AMOUNT:CHECKERS, for example 50000:2%2")
                         .arg(trimmed, amountError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(amountError));
            return std::nullopt;
        }
        tiers.append({*from, checkers});
    }
    return fromTiers(std::move(tiers), error);
}

std::optional<ApprovalTiers> ApprovalTiers::fromTiers(QList<Tier> tiers, QString* error)
{
    std::sort(tiers.begin(), tiers.end(),
              [](const Tier& a, const Tier& b) { return a.from.minorUnits() < b.from.minorUnits(); });
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const Tier& tier = tiers.at(i);
        if (tier.from.minorUnits() < 0 || tier.checkers < 1 || tier.checkers > 9) {
            *error = tr("approval tier from %1: a tier needs 1 to 9 checkers from an amount of zero or more")
                         .arg(tier.from.toDecimalString());
            return std::nullopt;
        }
        if (i > 0 && tiers.at(i - 1).from.minorUnits() == tier.from.minorUnits()) {
            *error = tr("approval tier from %1 is given twice").arg(tier.from.toDecimalString());
            return std::nullopt;
        }
        if (i > 0 && tiers.at(i - 1).checkers > tier.checkers) {
            *error = tr("approval tier from %1 asks fewer checkers (%2) than a smaller total does (%3)")
                         .arg(tier.from.toDecimalString())
                         .arg(tier.checkers)
                         .arg(tiers.at(i - 1).checkers);
            return std::nullopt;
        }
    }
    ApprovalTiers result;
    result.m_tiers = std::move(tiers);
    return result;
}

int ApprovalTiers::checkersFor(const Money& total) const
{
    int checkers = 1;
    for (const Tier& tier : m_tiers) {
        if (total.minorUnits() >= tier.from.minorUnits()) {
            checkers = tier.checkers;
        }
    }
    return checkers;
}

QString ApprovalTiers::toText() const
{
    QStringList parts;
    for (const Tier& tier : m_tiers) {
        parts.append(QStringLiteral("%1:%2").arg(tier.from.toDecimalString()).arg(tier.checkers));
    }
    return parts.join(QStringLiteral(", "));
}
