#pragma once

#include "BeneficiaryUpserter.h"

// A BeneficiaryUpserter that writes one row per statement (SQLite, where a statement costs no
// round trip, and Qt SQL where nothing faster is built in).
class RowwiseBeneficiaryUpserter : public BeneficiaryUpserter
{
public:
    void write(const std::vector<const Beneficiary*>& rows, qint64 importId, std::vector<Outcome>* outcomes) final;

protected:
    virtual Outcome upsert(const Beneficiary& beneficiary, qint64 importId) = 0;
};
