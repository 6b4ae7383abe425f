using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.Scalars;
using GraphApi.GraphQL.Validation;

namespace GraphApi.GraphQL.Tests.Validation;

/// <summary>
/// graphql-js 16's validation test harness (src/validation/__tests__/harness.ts): its test schema,
/// built in code, and assertions that run one rule and compare messages and locations exactly.
/// </summary>
public static class ValidationHarness
{
    /// <summary>The harness schema: Mammal, Pet, Canine, Dog, Cat, CatOrDog, Human, FurColor, ComplexInput, OneOfInput, ComplicatedArgs, QueryRoot, @onField.</summary>
    public static Schema TestSchema { get; } = BuildTestSchema();

    /// <summary>The harness schema plus directives for every executable location (graphql-js's schemaWithDirectives), and repeatable ones.</summary>
    public static Schema DirectiveSchema { get; } = new(
        TestSchema.QueryType,
        types: TestSchema.Types.Values.Where(type => !type.IsBuiltIn),
        directives:
        [
            .. TestSchema.Directives,
            Directive("onQuery", false, DirectiveLocation.Query),
            Directive("onMutation", false, DirectiveLocation.Mutation),
            Directive("onSubscription", false, DirectiveLocation.Subscription),
            Directive("onFragmentDefinition", false, DirectiveLocation.FragmentDefinition),
            Directive("onFragmentSpread", false, DirectiveLocation.FragmentSpread),
            Directive("onInlineFragment", false, DirectiveLocation.InlineFragment),
            Directive("onVariableDefinition", false, DirectiveLocation.VariableDefinition),
            Directive("directive", false, DirectiveLocation.Field, DirectiveLocation.FragmentDefinition),
            Directive("directiveA", false, DirectiveLocation.Field, DirectiveLocation.FragmentDefinition),
            Directive("directiveB", false, DirectiveLocation.Field, DirectiveLocation.FragmentDefinition),
            Directive("repeatable", true, DirectiveLocation.Field, DirectiveLocation.FragmentDefinition),
        ]);

    /// <summary>graphql-js's SingleFieldSubscriptionsRule test schema: QueryRoot { dummy }, SubscriptionRoot with email lists and newMessage.</summary>
    public static Schema SubscriptionSchema { get; } = BuildSubscriptionSchema();

    /// <summary>graphql-js's OverlappingFieldsCanBeMergedRule schema for return types: SomeBox, StringBox, IntBox, NonNullStringBox1/2, Connection.</summary>
    public static Schema BoxSchema { get; } = BuildBoxSchema();

    /// <summary>Asserts that the rule finds nothing wrong with the document.</summary>
    public static void ExpectValid(ValidationRule rule, string document) => ExpectErrors(rule, document);

    /// <summary>Asserts that the rules find nothing wrong with the document.</summary>
    public static void ExpectValid(IReadOnlyList<ValidationRule> rules, string document) => ExpectErrors(rules, document);

    /// <summary>Asserts that the rule reports exactly these errors, in this order.</summary>
    public static void ExpectErrors(ValidationRule rule, string document, params ExpectedError[] expected) =>
        ExpectErrorsWithSchema(TestSchema, [rule], document, expected);

    /// <summary>Asserts that the rules report exactly these errors, in this order.</summary>
    public static void ExpectErrors(IReadOnlyList<ValidationRule> rules, string document, params ExpectedError[] expected) =>
        ExpectErrorsWithSchema(TestSchema, rules, document, expected);

    /// <summary>Asserts that the rule, against the given schema, reports exactly these errors, in this order.</summary>
    public static void ExpectErrorsWithSchema(Schema schema, ValidationRule rule, string document, params ExpectedError[] expected) =>
        ExpectErrorsWithSchema(schema, [rule], document, expected);

    /// <summary>Asserts that the rules, against the given schema, report exactly these errors, in this order.</summary>
    public static void ExpectErrorsWithSchema(Schema schema, IReadOnlyList<ValidationRule> rules, string document, params ExpectedError[] expected)
    {
        var errors = DocumentValidator.Validate(schema, Parser.Parse(document), rules);
        var actual = new List<ExpectedError>();
        foreach (var error in errors)
        {
            var locations = new List<(int, int)>();
            foreach (var location in error.Locations ?? [])
            {
                locations.Add((location.Line, location.Column));
            }

            actual.Add(new ExpectedError(error.Message, [.. locations]));
        }

        Assert.Equal(Describe(expected), Describe(actual));
    }

    /// <summary>An expected error: its message and its (line, column) locations.</summary>
    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    private static string Describe(IEnumerable<ExpectedError> errors) =>
        string.Join("\n", errors.Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))));

    private static Schema BuildTestSchema()
    {
        var boolean = BuiltInScalars.Boolean;
        var str = BuiltInScalars.String;
        var integer = BuiltInScalars.Int;

        var mammal = new InterfaceType("Mammal");
        var pet = new InterfaceType("Pet");
        var canine = new InterfaceType("Canine");
        canine.Interfaces.Add(mammal);

        var dogCommand = Enum("DogCommand", "SIT", "HEEL", "DOWN");
        var furColor = Enum("FurColor", "BROWN", "BLACK", "TAN", "SPOTTED", "NO_FUR", "UNKNOWN");

        var dog = new ObjectType("Dog");
        dog.Interfaces.AddRange([pet, mammal, canine]);
        var cat = new ObjectType("Cat");
        cat.Interfaces.Add(pet);
        var human = new ObjectType("Human");

        mammal.Fields.Add(new FieldDefinition("mother", mammal));
        mammal.Fields.Add(new FieldDefinition("father", mammal));
        pet.Fields.Add(Field("name", str, Arg("surname", boolean)));
        canine.Fields.Add(Field("name", str, Arg("surname", boolean)));
        canine.Fields.Add(new FieldDefinition("mother", canine));
        canine.Fields.Add(new FieldDefinition("father", canine));

        dog.Fields.Add(Field("name", str, Arg("surname", boolean)));
        dog.Fields.Add(new FieldDefinition("nickname", str));
        dog.Fields.Add(new FieldDefinition("barkVolume", integer));
        dog.Fields.Add(new FieldDefinition("barks", boolean));
        dog.Fields.Add(Field("doesKnowCommand", boolean, Arg("dogCommand", dogCommand)));
        dog.Fields.Add(Field("isHouseTrained", boolean, Arg("atOtherHomes", boolean, new BooleanValueNode { Value = true })));
        dog.Fields.Add(Field("isAtLocation", boolean, Arg("x", integer), Arg("y", integer)));
        dog.Fields.Add(new FieldDefinition("mother", dog));
        dog.Fields.Add(new FieldDefinition("father", dog));

        cat.Fields.Add(Field("name", str, Arg("surname", boolean)));
        cat.Fields.Add(new FieldDefinition("nickname", str));
        cat.Fields.Add(new FieldDefinition("meows", boolean));
        cat.Fields.Add(new FieldDefinition("meowsVolume", integer));
        cat.Fields.Add(new FieldDefinition("furColor", furColor));

        var catOrDog = new UnionType("CatOrDog");
        catOrDog.Types.AddRange([cat, dog]);

        human.Fields.Add(Field("name", str, Arg("surname", boolean)));
        human.Fields.Add(new FieldDefinition("pets", new ListType(pet)));
        human.Fields.Add(new FieldDefinition("relatives", new NonNullType(new ListType(human))));

        var complexInput = new InputObjectType("ComplexInput");
        complexInput.Fields.Add(new InputValueDefinition("requiredField", new NonNullType(boolean)));
        complexInput.Fields.Add(new InputValueDefinition("nonNullField", new NonNullType(boolean)) { DefaultValue = new BooleanValueNode { Value = false } });
        complexInput.Fields.Add(new InputValueDefinition("intField", integer));
        complexInput.Fields.Add(new InputValueDefinition("stringField", str));
        complexInput.Fields.Add(new InputValueDefinition("booleanField", boolean));
        complexInput.Fields.Add(new InputValueDefinition("stringListField", new ListType(str)));

        var oneOfInput = new InputObjectType("OneOfInput") { IsOneOf = true };
        oneOfInput.Fields.Add(new InputValueDefinition("stringField", str));
        oneOfInput.Fields.Add(new InputValueDefinition("intField", integer));

        var zero = new IntValueNode { Value = "0" };
        var complicatedArgs = new ObjectType("ComplicatedArgs");
        complicatedArgs.Fields.Add(Field("intArgField", str, Arg("intArg", integer)));
        complicatedArgs.Fields.Add(Field("nonNullIntArgField", str, Arg("nonNullIntArg", new NonNullType(integer))));
        complicatedArgs.Fields.Add(Field("stringArgField", str, Arg("stringArg", str)));
        complicatedArgs.Fields.Add(Field("booleanArgField", str, Arg("booleanArg", boolean)));
        complicatedArgs.Fields.Add(Field("enumArgField", str, Arg("enumArg", furColor)));
        complicatedArgs.Fields.Add(Field("floatArgField", str, Arg("floatArg", BuiltInScalars.Float)));
        complicatedArgs.Fields.Add(Field("idArgField", str, Arg("idArg", BuiltInScalars.ID)));
        complicatedArgs.Fields.Add(Field("stringListArgField", str, Arg("stringListArg", new ListType(str))));
        complicatedArgs.Fields.Add(Field("stringListNonNullArgField", str, Arg("stringListNonNullArg", new ListType(new NonNullType(str)))));
        complicatedArgs.Fields.Add(Field("complexArgField", str, Arg("complexArg", complexInput)));
        complicatedArgs.Fields.Add(Field("oneOfArgField", str, Arg("oneOfArg", oneOfInput)));
        complicatedArgs.Fields.Add(Field("multipleReqs", str, Arg("req1", new NonNullType(integer)), Arg("req2", new NonNullType(integer))));
        complicatedArgs.Fields.Add(Field("nonNullFieldWithDefault", str, Arg("arg", new NonNullType(integer), zero)));
        complicatedArgs.Fields.Add(Field("multipleOpts", str, Arg("opt1", integer, zero), Arg("opt2", integer, zero)));
        complicatedArgs.Fields.Add(Field(
            "multipleOptAndReq",
            str,
            Arg("req1", new NonNullType(integer)),
            Arg("req2", new NonNullType(integer)),
            Arg("opt1", integer, zero),
            Arg("opt2", integer, zero)));

        var queryRoot = new ObjectType("QueryRoot");
        queryRoot.Fields.Add(Field("human", human, Arg("id", BuiltInScalars.ID)));
        queryRoot.Fields.Add(new FieldDefinition("dog", dog));
        queryRoot.Fields.Add(new FieldDefinition("cat", cat));
        queryRoot.Fields.Add(new FieldDefinition("pet", pet));
        queryRoot.Fields.Add(new FieldDefinition("catOrDog", catOrDog));
        queryRoot.Fields.Add(new FieldDefinition("complicatedArgs", complicatedArgs));

        var onField = new DirectiveDefinition("onField");
        onField.Locations.Add(DirectiveLocation.Field);

        return new Schema(queryRoot, types: [mammal, pet, canine, dogCommand, dog, cat, catOrDog, human, furColor, complexInput, oneOfInput, complicatedArgs], directives: [.. SpecifiedDirectives.All, onField]);
    }

    private static Schema BuildBoxSchema()
    {
        var str = BuiltInScalars.String;
        var someBox = new InterfaceType("SomeBox");
        var stringBox = new ObjectType("StringBox");
        var intBox = new ObjectType("IntBox");
        someBox.Fields.Add(new FieldDefinition("deepBox", someBox));
        someBox.Fields.Add(new FieldDefinition("unrelatedField", str));
        foreach (var (box, scalar) in new[] { (stringBox, (GraphQLType)str), (intBox, BuiltInScalars.Int) })
        {
            box.Interfaces.Add(someBox);
            box.Fields.Add(new FieldDefinition("scalar", scalar));
            box.Fields.Add(new FieldDefinition("deepBox", box));
            box.Fields.Add(new FieldDefinition("unrelatedField", str));
            box.Fields.Add(new FieldDefinition("listStringBox", new ListType(stringBox)));
            box.Fields.Add(new FieldDefinition("stringBox", stringBox));
            box.Fields.Add(new FieldDefinition("intBox", intBox));
        }

        var implementations = new List<NamedType>();
        foreach (var name in new[] { "NonNullStringBox1", "NonNullStringBox2" })
        {
            var nonNullBox = new InterfaceType(name);
            nonNullBox.Fields.Add(new FieldDefinition("scalar", new NonNullType(str)));
            var implementation = new ObjectType(name + "Impl");
            implementation.Interfaces.AddRange([someBox, nonNullBox]);
            implementation.Fields.Add(new FieldDefinition("scalar", new NonNullType(str)));
            implementation.Fields.Add(new FieldDefinition("unrelatedField", str));
            implementation.Fields.Add(new FieldDefinition("deepBox", someBox));
            implementations.AddRange([nonNullBox, implementation]);
        }

        var node = new ObjectType("Node");
        node.Fields.Add(new FieldDefinition("id", BuiltInScalars.ID));
        node.Fields.Add(new FieldDefinition("name", str));
        var edge = new ObjectType("Edge");
        edge.Fields.Add(new FieldDefinition("node", node));
        var connection = new ObjectType("Connection");
        connection.Fields.Add(new FieldDefinition("edges", new ListType(edge)));
        var query = new ObjectType("Query");
        query.Fields.Add(new FieldDefinition("someBox", someBox));
        query.Fields.Add(new FieldDefinition("connection", connection));
        return new Schema(query, types: [stringBox, intBox, .. implementations]);
    }

    private static Schema BuildSubscriptionSchema()
    {
        var str = BuiltInScalars.String;
        var message = new ObjectType("Message");
        message.Fields.Add(new FieldDefinition("body", str));
        message.Fields.Add(new FieldDefinition("sender", str));
        var subscriptionRoot = new ObjectType("SubscriptionRoot");
        foreach (var name in new[] { "importantEmails", "notImportantEmails", "moreImportantEmails", "spamEmails", "deletedEmails" })
        {
            subscriptionRoot.Fields.Add(new FieldDefinition(name, new ListType(str)));
        }

        subscriptionRoot.Fields.Add(new FieldDefinition("newMessage", message));
        var queryRoot = new ObjectType("QueryRoot");
        queryRoot.Fields.Add(new FieldDefinition("dummy", str));
        return new Schema(queryRoot, subscription: subscriptionRoot);
    }

    private static DirectiveDefinition Directive(string name, bool repeatable, params DirectiveLocation[] locations)
    {
        var directive = new DirectiveDefinition(name) { IsRepeatable = repeatable };
        directive.Locations.AddRange(locations);
        return directive;
    }

    private static EnumType Enum(string name, params string[] values)
    {
        var type = new EnumType(name);
        foreach (var value in values)
        {
            type.Add(new EnumValueDefinition(value));
        }

        return type;
    }

    private static FieldDefinition Field(string name, GraphQLType type, params InputValueDefinition[] arguments)
    {
        var field = new FieldDefinition(name, type);
        foreach (var argument in arguments)
        {
            field.Arguments.Add(argument);
        }

        return field;
    }

    private static InputValueDefinition Arg(string name, GraphQLType type, IValueNode? defaultValue = null) =>
        new(name, type) { DefaultValue = defaultValue };
}

/// <summary>An error as the tests expect it: message and (line, column) locations.</summary>
public sealed record ExpectedError(string Message, (int Line, int Column)[] Locations);
