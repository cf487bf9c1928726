#pragma once

namespace hearth {

// DCMTK decodes compressed pixel data only through codecs registered once per
// process; every reader of pixel data calls ensureRegistered() first.
class DicomCodecs
{
public:
    // Registers the JPEG, JPEG-LS and RLE decoders and quietens DCMTK's own
    // logging (its messages may quote element values); safe from any thread.
    static void ensureRegistered();
};

} // namespace hearth
