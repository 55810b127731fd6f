namespace Timeline.Auditing.Proofs.Canonical;

/// <summary>
/// The canonical form of the payloads the service writes, read by <see cref="PlainScanner"/> in one pass rather than
/// through a parsed document: each object's members are written where they stand and then copied back in their names'
/// order. Anything the scanner does not take makes it give up, and the caller writes the payload the general way.
/// </summary>
public sealed partial class CanonicalWriter
{
    /// <summary>A member written in place: where its <c>"name":value</c> starts and ends in the buffer, and its name's length.</summary>
    internal readonly record struct PlacedMember(int Start, int NameLength, int End);

    /// <summary>Where an object's canonical form begins in the buffer, and its first member among those placed.</summary>
    internal readonly record struct OpenedObject(int Start, int FirstPlaced);

    private PlacedMember[] _placed = new PlacedMember[32];
    private int _placedCount;

    /// <summary>
    /// The canonical form of the JSON object <paramref name="json"/>, or false with something written that the caller
    /// cuts off (see <see cref="Truncate"/>) when the object holds anything this way does not take. Each object taken
    /// is shown to <paramref name="check"/>, with its members in order, and a check that says no stops it as well.
    /// </summary>
    public bool TryPlainObject(ReadOnlySpan<byte> json, IPlainObjectCheck? check = null)
    {
        _placedCount = 0;
        return new PlainScanner(json, this, check).TryRootObject();
    }

    internal OpenedObject OpenObject() => new(Length, _placedCount);

    /// <summary>Notes the member written from <paramref name="start"/> to here, its name <paramref name="nameLength"/> bytes long.</summary>
    internal void Place(int start, int nameLength)
    {
        if (_placedCount == _placed.Length)
            Array.Resize(ref _placed, _placed.Length * 2);
        _placed[_placedCount++] = new PlacedMember(start, nameLength, Length);
    }

    /// <summary>Writes the object with its members in order, moved back over them; false when a name repeats or the check says no.</summary>
    internal bool TryCloseObject(OpenedObject opened, IPlainObjectCheck? check)
    {
        var members = _placed.AsSpan(opened.FirstPlaced, _placedCount - opened.FirstPlaced);
        if (!TrySortByName(members) || (check is not null && !check.Check(new PlainObject(_buffer, members))))
            return false;
        var sortedStart = Length;
        Raw((byte)'{');
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0)
                Raw((byte)',');
            Raw(_buffer.AsSpan(members[i].Start, members[i].End - members[i].Start));
        }
        Raw((byte)'}');
        var size = Length - sortedStart;
        _buffer.AsSpan(sortedStart, size).CopyTo(_buffer.AsSpan(opened.Start));
        Length = opened.Start + size;
        _placedCount = opened.FirstPlaced;
        return true;
    }

    /// <summary>Insertion sort (objects have a handful of members) by the names' bytes; false when a name repeats.</summary>
    private bool TrySortByName(Span<PlacedMember> members)
    {
        for (var i = 1; i < members.Length; i++)
        {
            var member = members[i];
            var j = i - 1;
            int order;
            while (j >= 0 && (order = NameOf(members[j]).SequenceCompareTo(NameOf(member))) >= 0)
            {
                if (order == 0)
                    return false;
                members[j + 1] = members[j];
                j--;
            }
            members[j + 1] = member;
        }
        return true;
    }

    private ReadOnlySpan<byte> NameOf(PlacedMember member) => _buffer.AsSpan(member.Start + 1, member.NameLength);
}
