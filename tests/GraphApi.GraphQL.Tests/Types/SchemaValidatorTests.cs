using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Tests.Types;

public sealed class SchemaValidatorTests
{
    private static IReadOnlyList<string> Errors(string sdl) =>
        Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl)).Errors.Select(e => e.Message).ToList();

    [Fact]
    public void Objects_and_interfaces_need_fields() =>
        Assert.Equal(["Type Empty must define one or more fields."], Errors("type Query { a: Empty } type Empty"));

    [Fact]
    public void Field_types_must_be_output_types_and_argument_types_input_types() => Assert.Equal(
        ["The type of Query.a must be Output Type but got: In.", "The type of Query.b(arg:) must be Input Type but got: Out."],
        Errors("type Query { a: In b(arg: Out): Int } input In { x: Int } type Out { y: Int }"));

    [Fact]
    public void Implementations_must_provide_interface_fields_with_compatible_types_and_arguments() => Assert.Equal(
        [
            "Interface field Node.id expected but Thing does not provide it.",
            "Interface field Named.name expects type String! but Thing.name is type String.",
            "Interface field argument Named.label(locale:) expected but Thing.label does not provide it.",
            "Object field Thing.label includes required argument upper that is missing from the Interface field Named.label.",
        ],
        Errors("""
            type Query { thing: Thing }
            interface Node { id: ID! }
            interface Named { name: String! label(locale: String): String }
            type Thing implements Node & Named { name: String label(upper: Boolean!): String }
            """));

    [Fact]
    public void Covariant_field_types_are_accepted() =>
        SchemaBuilder.FromSdl("""
            type Query { pets: [Pet] }
            interface Pet { friend: Pet, names: [String] }
            type Dog implements Pet { friend: Dog!, names: [String!]! }
            """);

    [Fact]
    public void Transitive_interfaces_must_be_declared() => Assert.Equal(
        ["Type Dog must implement Node because it is implemented by Pet."],
        Errors("type Query { dog: Dog } interface Node { id: ID } interface Pet implements Node { id: ID } type Dog implements Pet { id: ID }"));

    [Fact]
    public void Unions_enums_and_inputs_need_members() => Assert.Equal(
        ["Union type U must define one or more member types.", "Enum type E must define one or more values.", "Input Object type I must define one or more fields."],
        Errors("type Query { u: U e: E f(i: I): Int } union U enum E input I"));

    [Fact]
    public void Non_null_input_cycles_are_refused() => Assert.Equal(
        ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."],
        Errors("type Query { f(a: A): Int } input A { b: B! } input B { a: A! }"));

    [Fact]
    public void OneOf_fields_must_be_nullable_without_defaults() => Assert.Equal(
        ["OneOf input field Key.id must be nullable.", "OneOf input field Key.name cannot have a default value."],
        Errors("""type Query { f(k: Key): Int } input Key @oneOf { id: ID! name: String = "x" }"""));

    [Fact]
    public void Required_arguments_cannot_be_deprecated_and_names_cannot_start_with_two_underscores() => Assert.Equal(
        ["Name \"__secret\" must not begin with \"__\", which is reserved by GraphQL introspection.", "Required argument Query.f(a:) cannot be deprecated."],
        Errors("type Query { __secret: Int f(a: Int! @deprecated): Int }"));

    [Fact]
    public void Sdl_errors_name_unknown_and_duplicate_types() => Assert.Equal(
        ["There can be only one type named \"A\".", "Cannot extend type \"B\" because it is not defined. Did you mean \"A\" or \"C\"?", "Unknown type \"Strin\". Did you mean \"String\"?"],
        Errors("type Query { a: A } type A { x: Int } type A { y: Int } extend type B { z: Int } type C { w: Strin }"));
}
