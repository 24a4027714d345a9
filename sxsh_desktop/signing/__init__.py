"""Who signs and how, shared by the report (report/signing.py: PAdES on the PDF) and the sync packages
(sync/package: the manifest's detached CMS signature): identities (self-issued or a CA's PKCS#12 file, a
PKCS#11 token) as one pyHanko signer (identity.py), and detached CMS signatures over bytes (cms.py).
Below report/ and sync/, above interchange/; no Qt. pyHanko is imported inside the functions.
"""
