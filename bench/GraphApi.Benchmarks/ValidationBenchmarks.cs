using BenchmarkDotNet.Attributes;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Validation;

namespace GraphApi.Benchmarks;

// Validation alone (documents parsed once), against graphql-js's validation test schema.
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private const string HarnessSdl = """
          interface Mammal { mother: Mammal father: Mammal }
          interface Pet { name(surname: Boolean): String }
          interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }
          enum DogCommand { SIT HEEL DOWN }
          type Dog implements Pet & Mammal & Canine {
            name(surname: Boolean): String nickname: String barkVolume: Int barks: Boolean
            doesKnowCommand(dogCommand: DogCommand): Boolean
            isHouseTrained(atOtherHomes: Boolean = true): Boolean
            isAtLocation(x: Int, y: Int): Boolean
            mother: Dog father: Dog
          }
          type Cat implements Pet { name(surname: Boolean): String nickname: String meows: Boolean meowsVolume: Int furColor: FurColor }
          union CatOrDog = Cat | Dog
          type Human { name(surname: Boolean): String pets: [Pet] relatives: [Human]! }
          enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }
          input ComplexInput { requiredField: Boolean! nonNullField: Boolean! = false intField: Int stringField: String booleanField: Boolean stringListField: [String] }
          input OneOfInput @oneOf { stringField: String intField: Int }
          type ComplicatedArgs {
            intArgField(intArg: Int): String
            nonNullIntArgField(nonNullIntArg: Int!): String
            stringArgField(stringArg: String): String
            booleanArgField(booleanArg: Boolean): String
            enumArgField(enumArg: FurColor): String
            floatArgField(floatArg: Float): String
            idArgField(idArg: ID): String
            stringListArgField(stringListArg: [String]): String
            stringListNonNullArgField(stringListNonNullArg: [String!]): String
            complexArgField(complexArg: ComplexInput): String
            oneOfArgField(oneOfArg: OneOfInput): String
            multipleReqs(req1: Int!, req2: Int!): String
            nonNullFieldWithDefault(arg: Int! = 0): String
            multipleOpts(opt1: Int = 0, opt2: Int = 0): String
            multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
          }
          type QueryRoot { human(id: ID): Human dog: Dog cat: Cat pet: Pet catOrDog: CatOrDog complicatedArgs: ComplicatedArgs }
          schema { query: QueryRoot }
          directive @onField on FIELD
        """;

    private const string Typical = """
        query Q($id: ID, $skip: Boolean = false, $cmd: DogCommand = SIT) {
          human(id: $id) {
            name
            ...HumanPets @skip(if: $skip)
            relatives { name pets { name } }
          }
          dog { ...DogFields mother { ...DogFields } }
          catOrDog { ... on Cat { meows furColor } ... on Dog { barks } __typename }
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 3, stringListField: ["a", "b"] })
            multipleReqs(req1: 1, req2: 2)
            enumArgField(enumArg: BROWN)
          }
        }
        fragment HumanPets on Human {
          pets { name ... on Dog { barkVolume doesKnowCommand(dogCommand: $cmd) } ... on Cat { meowsVolume } }
        }
        fragment DogFields on Dog {
          name(surname: true)
          nickname
          doesKnowCommand(dogCommand: SIT)
          isHouseTrained
          isAtLocation(x: 1, y: 2)
          __typename
        }
        """;

    private Schema _schema = null!;
    private DocumentNode _small = null!;
    private DocumentNode _typical = null!;
    private DocumentNode _introspection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.FromSdl(HarnessSdl);
        _small = Parser.Parse("{ dog { name barkVolume nickname } }");
        _typical = Parser.Parse(Typical);
        _introspection = Parser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "documents", "introspection-query.graphql")));
    }

    [Benchmark]
    public int SmallQuery() => DocumentValidator.Validate(_schema, _small).Count;

    [Benchmark]
    public int TypicalQueryWithFragments() => DocumentValidator.Validate(_schema, _typical).Count;

    [Benchmark]
    public int IntrospectionQuery() => DocumentValidator.Validate(_schema, _introspection).Count;
}
