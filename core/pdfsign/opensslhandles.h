// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The OpenSSL objects behind a SigningKey and small RAII helpers; private to testigo_pdfsign.

#include "pdfsign/signingkey.h"

#include <QByteArray>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace Testigo::PdfSign {

struct SigningKey::Handles
{
    X509 *cert = nullptr;
    EVP_PKEY *key = nullptr;
    STACK_OF(X509) *chain = nullptr; // further certificates of a PKCS#12 file
    Handles() = default;
    Handles(const Handles &) = delete;
    Handles &operator=(const Handles &) = delete;
    ~Handles()
    {
        X509_free(cert);
        EVP_PKEY_free(key);
        sk_X509_pop_free(chain, X509_free);
    }
};

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

inline BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

struct CmsFree
{
    void operator()(CMS_ContentInfo *c) const { CMS_ContentInfo_free(c); }
};
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsFree>;

// What a certificate says about its holder.
CertificateInfo describeCertificate(X509 *cert);

} // namespace Testigo::PdfSign
