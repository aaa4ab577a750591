namespace Autotask.Simulator.Schema;

/// <summary>Short constructors for declaring an entity's fields.</summary>
public static class Fields
{
    public static ValueField<T, long> Long<T>(string name, Func<T, long?> get, string dataType = "long") =>
        new(name, dataType, get, FilterValues.Integer, WireFormat.WriteLong);

    public static ValueField<T, long> Int<T>(string name, Func<T, long?> get) => Long(name, get, "integer");

    public static ValueField<T, long> Picklist<T>(string name, Func<T, long?> get, string picklist) =>
        new(name, "integer", get, FilterValues.Integer, WireFormat.WriteLong) { Picklist = picklist };

    public static ValueField<T, long> Reference<T>(string name, Func<T, long?> get, string entity) =>
        new(name, "integer", get, FilterValues.Integer, WireFormat.WriteLong) { ReferenceEntityType = entity };

    public static ValueField<T, decimal> Decimal<T>(string name, Func<T, decimal?> get) =>
        new(name, "decimal", get, FilterValues.Decimal, WireFormat.WriteDecimal);

    public static ValueField<T, double> Double<T>(string name, Func<T, double?> get) =>
        new(name, "double", get, FilterValues.Double, WireFormat.WriteDouble);

    public static ValueField<T, bool> Bool<T>(string name, Func<T, bool?> get) =>
        new(name, "boolean", get, FilterValues.Boolean, WireFormat.WriteBool);

    public static ValueField<T, DateTime> DateTime<T>(string name, Func<T, DateTime?> get) =>
        new(name, "datetime", get, FilterValues.DateTime, WireFormat.WriteDateTime);

    public static StringField<T> String<T>(string name, Func<T, string?> get, int length = 255) =>
        new(name, get) { Length = length };
}
