#pragma once

#include <QByteArray>

#include <openssl/bio.h>

// The text an OpenSSL PEM writer (PEM_write_bio_X509, PEM_write_bio_PUBKEY...) produces, captured
// in memory: write(bio) is called once; empty when it fails.
template <typename Write> QByteArray pemText(Write write)
{
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray text;
    if (bio && write(bio) > 0) {
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        text = QByteArray(data, qsizetype(size));
    }
    BIO_free(bio);
    return text;
}
