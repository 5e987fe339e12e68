using System.Buffers.Binary;
using System.IO.Compression;

namespace IntuneSupportBot.Tests.Deployment;

/// <summary>
/// A minimal PNG reader for the icon tests: 8-bit RGB or RGBA, not interlaced (what Teams icons are),
/// decoded to RGBA pixels. Anything else is refused rather than misread.
/// </summary>
internal sealed record PngImage(int Width, int Height, bool HasAlphaChannel, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var i = 0; i < Rgba.Length; i += 4)
        {
            yield return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    public static PngImage Read(byte[] file)
    {
        if (!file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, colorType = -1;
        using var compressed = new MemoryStream();
        for (var offset = Signature.Length; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (var bitDepth, colorType, var interlace) = (data[8], data[9], data[12]);
                if (bitDepth != 8 || colorType is not (2 or 6) || interlace != 0)
                {
                    throw new InvalidDataException($"Unsupported PNG: bit depth {bitDepth}, colour type {colorType}, interlace {interlace}.");
                }
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var channels = colorType == 6 ? 4 : 3;
        return new PngImage(width, height, colorType == 6, ToRgba(Unfilter(raw.ToArray(), width, height, channels), channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                var left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                var up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                var upLeft = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                pixels[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter} on row {y}."),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int channels)
    {
        if (channels == 4)
        {
            return pixels;
        }

        var rgba = new byte[pixels.Length / 3 * 4];
        for (int source = 0, target = 0; source < pixels.Length; source += 3, target += 4)
        {
            (rgba[target], rgba[target + 1], rgba[target + 2], rgba[target + 3]) = (pixels[source], pixels[source + 1], pixels[source + 2], 255);
        }

        return rgba;
    }
}
