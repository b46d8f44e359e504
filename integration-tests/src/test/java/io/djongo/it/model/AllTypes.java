package io.djongo.it.model;

import io.djongo.annotations.Id;
import io.djongo.annotations.Model;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.types.ObjectId;

/** One field of every supported type; an active-record class (extends the generated AllTypes_). */
@Model(collection = "all_types")
public class AllTypes extends AllTypes_ {
    @Id
    public ObjectId id;

    public String string;
    public boolean primitiveBoolean;
    public Boolean boxedBoolean;
    public byte primitiveByte;
    public Byte boxedByte;
    public short primitiveShort;
    public Short boxedShort;
    public char primitiveChar;
    public Character boxedChar;
    public int primitiveInt;
    public Integer boxedInt;
    public long primitiveLong;
    public Long boxedLong;
    public float primitiveFloat;
    public Float boxedFloat;
    public double primitiveDouble;
    public Double boxedDouble;

    public ObjectId objectId;
    public Instant instant;
    public Date date;
    public LocalDate localDate;
    public LocalDateTime localDateTime;
    public BigDecimal decimal;
    public UUID uuid;
    public Color color;
    public byte[] bytes;

    public List<String> stringList;
    public Set<Integer> intSet;
    public List<Color> colorList;
    public Map<String, Long> longMap;
    public Map<String, Address> addressMap;

    public Address address;
    public List<Address> addressList;
    public List<Tag> tagList;
    public Set<Tag> tagSet;

    public AllTypes() {}
}
