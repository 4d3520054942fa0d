#pragma once

#include "Certificate.h"

#include <QString>

#include <memory>

class SigningKey;

// What an officer who signed in acts with: their private key and the certificate that certifies
// it under the anchor. Every audit entry in their name is signed with it (AuditLog::append).
struct OfficerCredential
{
    QString officerId;
    std::shared_ptr<const SigningKey> key;
    Certificate certificate;
};
