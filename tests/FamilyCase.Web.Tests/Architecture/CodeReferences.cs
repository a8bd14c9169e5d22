using System.Reflection;
using System.Reflection.Emit;

namespace FamilyCase.Web.Tests.Architecture;

/// <summary>
/// Reads the compiled code of a type (its method bodies, including the render fragments Razor compiles into nested types)
/// and lists the types it uses, so tests can find forms and dependencies without a list kept by hand.
/// </summary>
public static class CodeReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every type the type's own code mentions: fields, signatures, and what its method bodies call, create or load.</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        foreach (var owner in WithNested(type))
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            if (owner.BaseType is { } baseType)
            {
                Add(found, baseType);
            }

            foreach (var field in owner.GetFields(all))
            {
                Add(found, field.FieldType);
            }

            foreach (var property in owner.GetProperties(all))
            {
                Add(found, property.PropertyType);
            }

            foreach (var method in owner.GetMethods(all).Cast<MethodBase>().Concat(owner.GetConstructors(all)))
            {
                if (method is MethodInfo info)
                {
                    Add(found, info.ReturnType);
                }

                foreach (var parameter in method.GetParameters())
                {
                    Add(found, parameter.ParameterType);
                }

                foreach (var used in BodyReferences(method))
                {
                    Add(found, used);
                }
            }
        }

        return found;
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        new[] { type }.Concat(type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(WithNested));

    private static void Add(HashSet<Type> found, Type type)
    {
        if (type.HasElementType)
        {
            Add(found, type.GetElementType()!);
            return;
        }

        if (!found.Add(type) || !type.IsGenericType)
        {
            return;
        }

        Add(found, type.GetGenericTypeDefinition());
        foreach (var argument in type.GetGenericArguments())
        {
            Add(found, argument);
        }
    }

    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var position = 0; position < il.Length;)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[position++]));
            }

            if (!OpCodesByValue.TryGetValue(value, out var opCode))
            {
                yield break;
            }

            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, position);
                    position += 4;
                    MemberInfo? member;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                        continue;
                    }

                    foreach (var used in Types(member))
                    {
                        yield return used;
                    }

                    break;
                case OperandType.InlineSwitch:
                    position += 4 + (4 * BitConverter.ToInt32(il, position));
                    break;
                default:
                    position += Size(opCode.OperandType);
                    break;
            }
        }
    }

    private static IEnumerable<Type> Types(MemberInfo? member) => member switch
    {
        Type type => [type],
        MethodInfo { IsGenericMethod: true } method => method.GetGenericArguments().Append(method.DeclaringType!),
        MemberInfo { DeclaringType: { } declaring } => [declaring],
        _ => [],
    };

    private static int Size(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
