namespace Quickstart.Sales;

/// <summary>Column names shared by the blocks, so a rename happens in one place.</summary>
public static class SalesColumns
{
    public const string Day = "day";
    public const string Store = "store";
    public const string Quantity = "quantity";
    public const string UnitPrice = "unit_price";
    public const string Revenue = "revenue";
    public const string Orders = "orders";
}
