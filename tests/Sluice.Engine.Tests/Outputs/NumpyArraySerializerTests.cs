using System.Text;
using Sluice.Engine.Outputs;

namespace Sluice.Engine.Tests.Outputs;

public sealed class NumpyArraySerializerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly NumpyArraySerializer _serializer = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<Array> Arrays => new()
    {
        new[] { 11.5, 20.866666666666667, double.NaN, -0.0 },
        new[] { 1.5f, -2f },
        new[] { 1, -2, int.MaxValue },
        new[] { long.MinValue, 7L },
        new[] { true, false, true },
        new byte[] { 0, 255 },
        Array.Empty<double>(),
    };

    [Theory]
    [MemberData(nameof(Arrays))]
    public void WriteThenRead_GivesTheSameArray(Array values)
    {
        var path = Path.Combine(_folder.Path, "y.npy");

        _serializer.CanWrite(values.GetType()).ShouldBeTrue();
        _serializer.Write(values, path);
        var back = (Array)_serializer.Read(path, storedType: null);

        back.GetType().ShouldBe(values.GetType());
        back.Cast<object>().ShouldBe(values.Cast<object>());
    }

    [Fact]
    public void Write_ProducesANumpyVersion1HeaderThatNumpyCanRead()
    {
        var path = Path.Combine(_folder.Path, "y.npy");

        _serializer.Write(new[] { 1.0, 2.0, 3.0 }, path);

        var bytes = File.ReadAllBytes(path);
        bytes[..8].ShouldBe(new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0 });
        var headerLength = bytes[8] | (bytes[9] << 8);
        ((10 + headerLength) % 64).ShouldBe(0, "numpy aligns the data to 64 bytes");
        Encoding.ASCII.GetString(bytes, 10, headerLength).ShouldBe(
            "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }".PadRight(headerLength - 1) + "\n");
        bytes.Length.ShouldBe(10 + headerLength + (3 * sizeof(double)));
        BitConverter.ToDouble(bytes, 10 + headerLength + 8).ShouldBe(2.0);
    }

    [Fact]
    public void Read_WhenTheFileIsCutShort_SaysSo()
    {
        var path = Path.Combine(_folder.Path, "y.npy");
        _serializer.Write(new[] { 1.0, 2.0, 3.0 }, path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^8]);

        Should.Throw<InvalidDataException>(() => _serializer.Read(path, null)).Message.ShouldContain("truncated");
    }

    [Fact]
    public void CanWrite_TakesOnlyOneDimensionalArraysOfNumbersAndBools()
    {
        _serializer.CanWrite(typeof(double[,])).ShouldBeFalse();
        _serializer.CanWrite(typeof(string[])).ShouldBeFalse();
        _serializer.CanWrite(typeof(decimal[])).ShouldBeFalse();
        _serializer.CanWrite(typeof(List<double>)).ShouldBeFalse();
    }
}
