using Sluice.ML.Features;

namespace Sluice.ML.Tests.Features;

public class CsrMatrixTests
{
    // [[1, 0, 2],
    //  [0, 0, 0],
    //  [0, 3, 0]]
    private static CsrMatrix Sample() => new(3, 3, [0, 2, 2, 3], [0, 2, 1], [1d, 2d, 3d]);

    [Fact]
    public void Indexer_ReturnsStoredValuesAndZerosElsewhere()
    {
        CsrMatrix matrix = Sample();

        matrix[0, 0].ShouldBe(1d);
        matrix[0, 1].ShouldBe(0d);
        matrix[0, 2].ShouldBe(2d);
        matrix[1, 1].ShouldBe(0d);
        matrix[2, 1].ShouldBe(3d);
        matrix.Shape.ShouldBe((3, 3));
        matrix.NonZeroCount.ShouldBe(3);
    }

    [Fact]
    public void Row_ListsEntriesInColumnOrder()
    {
        CsrMatrix matrix = Sample();

        matrix.Row(0).ToArray().ShouldBe([(0, 1d), (2, 2d)]);
        matrix.Row(1).ShouldBeEmpty();
    }

    [Fact]
    public void Constructor_WhenRowPointersHaveWrongLength_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrMatrix(3, 3, [0, 2, 3], [0, 2, 1], [1d, 2d, 3d]))
            .Message.ShouldContain("rowCount + 1");
    }

    [Fact]
    public void Constructor_WhenColumnIndexIsOutOfRange_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrMatrix(1, 2, [0, 1], [2], [1d]))
            .Message.ShouldContain("outside");
    }

    [Fact]
    public void Constructor_WhenRowIsNotSorted_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrMatrix(1, 3, [0, 2], [2, 0], [1d, 1d]))
            .Message.ShouldContain("strictly increasing");
    }

    [Fact]
    public void Constructor_WhenLastPointerDisagreesWithEntryCount_Throws()
    {
        Should.Throw<ArgumentException>(() => new CsrMatrix(1, 3, [0, 1], [0, 1], [1d, 1d]));
    }

    [Fact]
    public void Indexer_WhenOutOfRange_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Sample()[3, 0]);
    }
}
