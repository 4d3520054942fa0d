#include "CycleFinding.h"

QString CycleFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Joined:
        return tr("joined since the previous cycle");
    case Kind::Left:
        return tr("left since the previous cycle");
    case Kind::AmountJump:
        return tr("amount moved beyond the set share");
    case Kind::PayeeChanged:
        return tr("paid at another account last time");
    case Kind::SharedAccount:
        return tr("account shared by several beneficiaries");
    case Kind::PaidElsewhere:
        return tr("paid by another program in the same period");
    case Kind::Unpayable:
        return tr("cannot be paid as the registry stands");
    }
    return {};
}
