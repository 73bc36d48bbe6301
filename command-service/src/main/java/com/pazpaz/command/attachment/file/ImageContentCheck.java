package com.pazpaz.command.attachment.file;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * R-ATT-2 step 9 for images: the data must be recognised as the detected format, the header's dimensions must
 * be positive and at most 50,000,000 pixels, and the whole image must decode. The dimensions are read from the
 * header before any pixel is decoded, and decoding keeps only every n-th pixel, so a decompression bomb or a
 * large photo never fills the heap while every byte of the compressed data is still read and checked.
 */
final class ImageContentCheck {

    static final long MAX_PIXELS = 50_000_000L;
    /** Pixels kept in memory while decoding: about 4 MB of ARGB, whatever the image's size. */
    private static final long DECODED_PIXELS = 1L << 20;
    /**
     * Megapixels being decoded at once in this JVM. Subsampling bounds the result, not every decoder's working
     * memory: TwelveMonkeys decodes a lossless WebP at full size (4 bytes a pixel) and libjpeg keeps a progressive
     * JPEG's coefficients. So at most one image at the limit, or several photos, are decoded at a time.
     */
    private static final Semaphore DECODING_MEGAPIXELS = new Semaphore((int) (MAX_PIXELS / 1_000_000), true);

    private ImageContentCheck() {}

    static void check(AttachmentType type, byte[] content) {
        ImageReader reader = readerFor(type);
        try (ImageInputStream input = streamOf(content)) {
            String format = formatOf(input);
            if (!format.equals(formatName(type))) {
                throw invalid("Image format " + format + " does not match MIME type " + type.mimeType());
            }
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw invalid("Image has invalid dimensions");
            }
            if ((long) width * height > MAX_PIXELS) {
                throw invalid(
                        "Image resolution too large (" + width + "x" + height + "). Maximum " + MAX_PIXELS + " pixels");
            }
            decode(reader, width, height);
        } catch (AttachmentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the decoder's own message may quote bytes of the file: never pass it on
            throw invalid("Invalid or corrupted image file: the image data cannot be decoded");
        } finally {
            reader.dispose();
        }
    }

    private static void decode(ImageReader reader, int width, int height) throws IOException {
        int megapixels = (int) Math.max(1, Math.ceil((double) width * height / 1_000_000));
        DECODING_MEGAPIXELS.acquireUninterruptibly(megapixels);
        try {
            reader.read(0, subsampled(reader, width, height));
        } finally {
            DECODING_MEGAPIXELS.release(megapixels);
        }
    }

    /** JPEG and PNG come with the JDK; WebP's reader is created directly, independent of ImageIO's registry. */
    private static ImageReader readerFor(AttachmentType type) {
        if (type == AttachmentType.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName(type));
        if (!readers.hasNext()) {
            throw new IllegalStateException("the JDK has no ImageIO reader for " + type);
        }
        return readers.next();
    }

    /** The format whose decoder recognises the data, named as Pillow (the reference's decoder) names it. */
    private static String formatOf(ImageInputStream input) throws IOException {
        if (new WebPImageReaderSpi().canDecodeInput(input)) {
            return "WEBP";
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            throw new IOException("no decoder recognises the data");
        }
        ImageReader reader = readers.next();
        String format = reader.getFormatName().toUpperCase(Locale.ROOT);
        reader.dispose();
        return format;
    }

    private static String formatName(AttachmentType type) {
        return type.name();
    }

    private static ImageReadParam subsampled(ImageReader reader, int width, int height) {
        int step = (int) Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS));
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    private static ImageInputStream streamOf(byte[] content) {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(content));
    }

    private static AttachmentRejectedException invalid(String message) {
        return new AttachmentRejectedException(AttachmentRejectedException.Reason.INVALID_CONTENT, message);
    }
}
