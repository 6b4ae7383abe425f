using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

// Spec §2 Language, §3 Type System (the grammar of Appendix B / C)
/// <summary>
/// A recursive-descent parser for the whole GraphQL grammar (October 2021, plus descriptions on
/// executable definitions as graphql-js 16.11+ accepts them). Accepts and rejects exactly what
/// graphql-js 16 does, with the same error messages, lines and columns, and enforces the limits
/// of <see cref="ParserOptions"/>.
/// </summary>
public sealed class Parser
{
    // One parser per thread, reused: a parse then allocates only its tree, and fetches one thread static.
    [ThreadStatic]
    private static Parser? cached;

    private readonly string?[] _names = NameCache.Create();
    private readonly SyntaxListBuilder _lists = new();
    private ParserOptions _options = ParserOptions.Default;
    private int _maxTokens;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;

    private Parser()
    {
    }

    /// <summary>Parses a whole document (executable and/or type system definitions).</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not a valid document or exceeds a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = Rent(source, options);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser.Return();
        }
    }

    /// <summary>Parses a single value, variables allowed (graphql-js <c>parseValue</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one value.</exception>
    public static IValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = Rent(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var value = parser.ParseValueLiteral(isConst: false);
            parser.ExpectToken(TokenKind.EndOfFile);
            return value;
        }
        finally
        {
            parser.Return();
        }
    }

    /// <summary>Parses a single constant value, variables rejected (graphql-js <c>parseConstValue</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one constant value.</exception>
    public static IValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = Rent(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var value = parser.ParseValueLiteral(isConst: true);
            parser.ExpectToken(TokenKind.EndOfFile);
            return value;
        }
        finally
        {
            parser.Return();
        }
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one type reference.</exception>
    public static ITypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = Rent(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var type = parser.ParseTypeReference();
            parser.ExpectToken(TokenKind.EndOfFile);
            return type;
        }
        finally
        {
            parser.Return();
        }
    }

    // Takes this thread's parser (a new one if a parse on the thread holds it) and sets it at the start of the source.
    private static Parser Rent(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        if (source.Length > options.MaxDocumentLength)
        {
            throw GraphQLSyntaxException.At(
                source,
                options.MaxDocumentLength,
                "Source contains more than " + options.MaxDocumentLength + " UTF-16 code units. Parsing aborted.",
                SyntaxErrorCodes.DocumentTooLarge);
        }

        var parser = cached ?? new Parser();
        cached = null;
        parser._options = options;
        parser._maxTokens = options.MaxTokens;
        parser._lexer = new Lexer(source);
        parser._tokenCount = 0;
        parser._depth = 0;
        return parser;
    }

    // Gives the parser back for the next parse on this thread, holding on to nothing of this one.
    private void Return()
    {
        _lexer = default;
        _lists.Clear();
        cached = this;
    }

    private Token Current => _lexer.Token;

    // Spec §2.2 Document
    private DocumentNode ParseDocument()
    {
        ExpectToken(TokenKind.StartOfFile);
        var definitionsStart = _lists.Start;
        do
        {
            _lists.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        return new DocumentNode
        {
            Definitions = _lists.ToArray<IDefinitionNode>(definitionsStart),
            Location = new Location(0, _lexer.Source.Length, 1, 1),
        };
    }

    private IDefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description and need a lookahead.
        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keywordToken.Kind == TokenKind.BraceLeft)
        {
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (_lexer.Span(keywordToken))
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (_lexer.Span(keywordToken) is "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    // Spec §2.3 Operations
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.CurrentLocation;
        if (Peek(TokenKind.BraceLeft))
        {
            var shorthandSelectionSet = ParseSelectionSet();
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                VariableDefinitions = [],
                Directives = [],
                SelectionSet = shorthandSelectionSet,
                Location = LocationFrom(start),
            };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variableDefinitions,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var operationToken = Current;
        ExpectToken(TokenKind.Name);
        return _lexer.Span(operationToken) switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(operationToken),
        };
    }

    // Spec §2.10 Variables
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.ParenLeft))
        {
            return [];
        }

        var definitionsStart = _lists.Start;
        do
        {
            _lists.Add(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.ParenRight));

        return _lists.ToArray<VariableDefinitionNode>(definitionsStart);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = _lexer.CurrentLocation;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Location = LocationFrom(start) };
    }

    // Spec §2.4 Selection Sets
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.CurrentLocation;
        EnterNesting(start.Start);
        ExpectToken(TokenKind.BraceLeft);
        var selectionsStart = _lists.Start;
        do
        {
            _lists.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        _depth--;
        return new SelectionSetNode { Selections = _lists.ToArray<ISelectionNode>(selectionsStart), Location = LocationFrom(start) };
    }

    // Spec §2.5 Fields
    private FieldNode ParseField()
    {
        var start = _lexer.CurrentLocation;
        var nameOrAlias = ParseName();
        if (_lexer.CurrentKind is not (TokenKind.Colon or TokenKind.ParenLeft or TokenKind.At))
        {
            var fieldSelectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
            return new FieldNode(nameOrAlias, fieldSelectionSet, LocationFrom(start));
        }

        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    // Spec §2.6 Arguments
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenLeft))
        {
            return [];
        }

        var argumentsStart = _lists.Start;
        do
        {
            var start = _lexer.CurrentLocation;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _lists.Add(new ArgumentNode { Name = name, Value = value, Location = LocationFrom(start) });
        }
        while (!ExpectOptionalToken(TokenKind.ParenRight));

        return _lists.ToArray<ArgumentNode>(argumentsStart);
    }

    // Spec §2.8 Fragments
    private ISelectionNode ParseFragment()
    {
        var start = _lexer.CurrentLocation;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (TokenValueIs(Current, "on"))
        {
            throw Unexpected(Current);
        }

        return ParseName();
    }

    // Spec §2.9 Input Values
    private IValueNode ParseValueLiteral(bool isConst)
    {
        IValueNode value;
        switch (_lexer.CurrentKind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                value = new IntValueNode { Value = NameCache.Get(_names, _lexer.CurrentSpan), Location = _lexer.CurrentLocation };
                break;
            case TokenKind.Float:
                value = new FloatValueNode { Value = NameCache.Get(_names, _lexer.CurrentSpan), Location = _lexer.CurrentLocation };
                break;
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                var location = _lexer.CurrentLocation;
                value = _lexer.CurrentSpan switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = location },
                    "false" => new BooleanValueNode { Value = false, Location = location },
                    "null" => new NullValueNode { Location = location },
                    var name => new EnumValueNode { Value = NameCache.Get(_names, name), Location = location },
                };
                break;
            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollar = Current;
                    Advance();
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw VariableInConstantError(dollar);
                    }

                    throw Unexpected(dollar);
                }

                return ParseVariable();
            default:
                throw Unexpected(Current);
        }

        Advance();
        return value;
    }

    private StringValueNode ParseStringLiteral()
    {
        var node = new StringValueNode
        {
            Value = _lexer.StringValue!,
            Block = _lexer.CurrentKind == TokenKind.BlockString,
            Location = _lexer.CurrentLocation,
        };
        Advance();
        return node;
    }

    // Spec §2.9.7 List Value
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.CurrentLocation;
        EnterNesting(start.Start);
        ExpectToken(TokenKind.BracketLeft);
        IReadOnlyList<IValueNode> values = [];
        if (!ExpectOptionalToken(TokenKind.BracketRight))
        {
            var itemsStart = _lists.Start;
            do
            {
                _lists.Add(ParseValueLiteral(isConst));
            }
            while (!ExpectOptionalToken(TokenKind.BracketRight));

            values = _lists.ToArray<IValueNode>(itemsStart);
        }

        _depth--;
        return new ListValueNode { Values = values, Location = LocationFrom(start) };
    }

    // Spec §2.9.8 Input Object Values
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.CurrentLocation;
        EnterNesting(start.Start);
        ExpectToken(TokenKind.BraceLeft);
        IReadOnlyList<ObjectFieldNode> fields = [];
        if (!ExpectOptionalToken(TokenKind.BraceRight))
        {
            var itemsStart = _lists.Start;
            do
            {
                var fieldStart = _lexer.CurrentLocation;
                var name = ParseName();
                ExpectToken(TokenKind.Colon);
                var value = ParseValueLiteral(isConst);
                _lists.Add(new ObjectFieldNode { Name = name, Value = value, Location = LocationFrom(fieldStart) });
            }
            while (!ExpectOptionalToken(TokenKind.BraceRight));

            fields = _lists.ToArray<ObjectFieldNode>(itemsStart);
        }

        _depth--;
        return new ObjectValueNode { Fields = fields, Location = LocationFrom(start) };
    }

    // Spec §2.12 Directives
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directivesStart = _lists.Start;
        while (Peek(TokenKind.At))
        {
            var start = _lexer.CurrentLocation;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            _lists.Add(new DirectiveNode { Name = name, Arguments = arguments, Location = LocationFrom(start) });
        }

        return _lists.ToArray<DirectiveNode>(directivesStart);
    }

    // Spec §2.11 Type References
    private ITypeNode ParseTypeReference()
    {
        var start = _lexer.CurrentLocation;
        ITypeNode type;
        if (Peek(TokenKind.BracketLeft))
        {
            EnterNesting(start.Start);
            Advance();
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketRight);
            _depth--;
            type = new ListTypeNode { Type = innerType, Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = LocationFrom(start) };
        }

        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.CurrentLocation;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = LocationFrom(start) };
    }

    // Spec §3.2 Descriptions
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // Spec §3.3 Schema
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        ExpectToken(TokenKind.BraceLeft);
        var operationTypesStart = _lists.Start;
        do
        {
            _lists.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = _lists.ToArray<OperationTypeDefinitionNode>(operationTypesStart),
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<OperationTypeDefinitionNode> ParseOptionalOperationTypeDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.BraceLeft))
        {
            return [];
        }

        var operationTypesStart = _lists.Start;
        do
        {
            _lists.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return _lists.ToArray<OperationTypeDefinitionNode>(operationTypesStart);
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.CurrentLocation;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = LocationFrom(start) };
    }

    // Spec §3.5 Scalars
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    // Spec §3.6 Objects
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? ParseDelimitedNamedTypes(TokenKind.Amp) : [];

    private IReadOnlyList<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        var typesStart = _lists.Start;
        do
        {
            _lists.Add(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));

        return _lists.ToArray<NamedTypeNode>(typesStart);
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceLeft))
        {
            return [];
        }

        var fieldsStart = _lists.Start;
        do
        {
            _lists.Add(ParseFieldDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return _lists.ToArray<FieldDefinitionNode>(fieldsStart);
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenLeft, TokenKind.ParenRight);
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    // Argument definitions use ( ), input fields { }.
    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptionalToken(open))
        {
            return [];
        }

        var definitionsStart = _lists.Start;
        do
        {
            _lists.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptionalToken(close));

        return _lists.ToArray<InputValueDefinitionNode>(definitionsStart);
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    // Spec §3.7 Interfaces
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    // Spec §3.8 Unions
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = types,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    // Spec §3.9 Enums
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = values,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceLeft))
        {
            return [];
        }

        var valuesStart = _lists.Start;
        do
        {
            var start = _lexer.CurrentLocation;
            var description = ParseDescription();
            var name = ParseEnumValueName();
            var directives = ParseDirectives(isConst: true);
            _lists.Add(new EnumValueDefinitionNode
            {
                Description = description,
                Name = name,
                Directives = directives,
                Location = LocationFrom(start),
            });
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return _lists.ToArray<EnumValueDefinitionNode>(valuesStart);
    }

    private NameNode ParseEnumValueName()
    {
        var token = Current;
        if (TokenValueIs(token, "true") || TokenValueIs(token, "false") || TokenValueIs(token, "null"))
        {
            throw Error(token.Start, Describe(token) + " is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    // Spec §3.10 Input Objects
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceLeft, TokenKind.BraceRight);
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    // Spec §3.1.2 Type System Extensions
    private IDefinitionNode ParseTypeSystemExtension()
    {
        var keywordToken = _lexer.Lookahead();
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (_lexer.Span(keywordToken))
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    // Spec §3.3.2 Schema Extension
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.CurrentLocation;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseOptionalOperationTypeDefinitions();
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = LocationFrom(start) };
    }

    // Spec §3.5.1 Scalar Extensions
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.CurrentLocation;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    // Spec §3.6.3 Object Extensions
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _lexer.CurrentLocation;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    // Spec §3.7.1 Interface Extensions
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _lexer.CurrentLocation;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    // Spec §3.8.1 Union Extensions
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.CurrentLocation;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = LocationFrom(start) };
    }

    // Spec §3.9.1 Enum Extensions
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.CurrentLocation;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = LocationFrom(start) };
    }

    // Spec §3.10.1 Input Object Extensions
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.CurrentLocation;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceLeft, TokenKind.BraceRight);
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = LocationFrom(start) };
    }

    // Spec §3.13 Directives
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.CurrentLocation;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenLeft, TokenKind.ParenRight);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptionalToken(TokenKind.Pipe);
        var locationsStart = _lists.Start;
        do
        {
            var locationToken = Current;
            var location = ParseName();
            if (!IsDirectiveLocation(location.Value))
            {
                throw Unexpected(locationToken);
            }

            _lists.Add(location);
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = _lists.ToArray<NameNode>(locationsStart),
            Location = LocationFrom(start),
        };
    }

    // Spec §3.13 DirectiveLocations (graphql-js 16.15 also knows DIRECTIVE_DEFINITION).
    private static bool IsDirectiveLocation(string name) => name is
        "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
        or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" or "SCHEMA" or "SCALAR" or "OBJECT" or "FIELD_DEFINITION"
        or "ARGUMENT_DEFINITION" or "INTERFACE" or "UNION" or "ENUM" or "ENUM_VALUE" or "INPUT_OBJECT"
        or "INPUT_FIELD_DEFINITION" or "DIRECTIVE_DEFINITION";

    // Spec §2.1.9 Names
    private NameNode ParseName()
    {
        if (_lexer.CurrentKind != TokenKind.Name)
        {
            throw ExpectedTokenError(TokenKind.Name, Current);
        }

        var name = new NameNode { Value = NameCache.Get(_names, _lexer.CurrentSpan), Location = _lexer.CurrentLocation };
        Advance();
        return name;
    }

    private bool Peek(TokenKind kind) => _lexer.CurrentKind == kind;

    private void ExpectToken(TokenKind kind)
    {
        if (_lexer.CurrentKind != kind)
        {
            throw ExpectedTokenError(kind, Current);
        }

        Advance();
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.CurrentKind == kind)
        {
            Advance();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = Current;
        if (token.Kind != TokenKind.Name || !_lexer.Span(token).SequenceEqual(keyword))
        {
            throw ExpectedKeywordError(keyword, token);
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        var token = Current;
        if (token.Kind == TokenKind.Name && _lexer.Span(token).SequenceEqual(keyword))
        {
            Advance();
            return true;
        }

        return false;
    }

    private void Advance()
    {
        _lexer.MoveNext();
        if (++_tokenCount > _maxTokens && _lexer.CurrentKind != TokenKind.EndOfFile)
        {
            throw TooManyTokensError();
        }
    }

    // Every nesting construct passes here, so no document can exhaust the stack. The stack check
    // costs a thread-local look-up, so it runs every eighth level: eight levels use a few KiB,
    // far less than the margin TryEnsureSufficientExecutionStack keeps.
    private void EnterNesting(int position)
    {
        if (++_depth > _options.MaxDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw TooDeepError(position);
        }
    }

    // graphql-js compares token.value, which a string token has too.
    private bool TokenValueIs(in Token token, string value) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => _lexer.Span(token).SequenceEqual(value),
        TokenKind.String or TokenKind.BlockString => _lexer.StringValueOf(token) == value,
        _ => false,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Location LocationFrom(in Location start) =>
        new(start.Start, _lexer.LastEnd, start.Line, start.Column);

    // The error builders below stay out of line: inlined, their temporaries would make every hot
    // caller zero a large stack frame on entry.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException ExpectedTokenError(TokenKind kind, in Token token) =>
        Error(token.Start, "Expected " + DescribeKind(kind) + ", found " + Describe(token) + ".");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException ExpectedKeywordError(string keyword, in Token token) =>
        Error(token.Start, "Expected \"" + keyword + "\", found " + Describe(token) + ".");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException TooManyTokensError() =>
        Error(
            _lexer.Token.Start,
            "Document contains more than " + _options.MaxTokens + " tokens. Parsing aborted.",
            SyntaxErrorCodes.MaxTokensExceeded);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException TooDeepError(int position) =>
        Error(
            position,
            "Document nesting is deeper than " + _options.MaxDepth + " levels. Parsing aborted.",
            SyntaxErrorCodes.MaxDepthExceeded);

    // Called with the current token just past the "$".
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException VariableInConstantError(in Token dollar) =>
        Error(dollar.Start, "Unexpected variable \"$" + _lexer.Span(Current).ToString() + "\" in constant value.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException Unexpected(in Token token) => Error(token.Start, "Unexpected " + Describe(token) + ".");

    private GraphQLSyntaxException Error(int position, string description, string code = SyntaxErrorCodes.ParseFailed) =>
        GraphQLSyntaxException.At(_lexer.Source, position, description, code);

    private string Describe(in Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => DescribeKind(token.Kind) + " \"" + _lexer.Span(token).ToString() + "\"",
        TokenKind.String or TokenKind.BlockString => DescribeKind(token.Kind) + " \"" + _lexer.StringValueOf(token) + "\"",
        _ => DescribeKind(token.Kind),
    };

    private static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        _ => "BlockString",
    };
}
