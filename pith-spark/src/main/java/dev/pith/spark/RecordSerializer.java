package dev.pith.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Kryo for a Java record, through its components and canonical constructor: Kryo 4's field
 * serializer cannot set a record's final fields, and Java serialization, which can, costs several
 * times the CPU on the shuffles of {@code dedup}. Primitive components are written as they are,
 * the others (strings, arrays, nested records) through Kryo with their class.
 *
 * @param <T> the record class
 */
public final class RecordSerializer<T extends Record> extends Serializer<T> {

    private final RecordComponent[] components;
    private final Method[] accessors;
    private final Constructor<T> constructor;

    public RecordSerializer(Class<T> type) {
        components = type.getRecordComponents();
        accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
        }
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no canonical constructor: " + type, e);
        }
    }

    @Override
    public void write(Kryo kryo, Output out, T record) {
        try {
            for (int i = 0; i < components.length; i++) {
                writeComponent(kryo, out, components[i].getType(), accessors[i].invoke(record));
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName(), e);
        }
    }

    private static void writeComponent(Kryo kryo, Output out, Class<?> type, Object value) {
        if (type == long.class) {
            out.writeLong((Long) value, false);
        } else if (type == int.class) {
            out.writeInt((Integer) value, false);
        } else if (type == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (type == double.class) {
            out.writeDouble((Double) value);
        } else if (type == float.class) {
            out.writeFloat((Float) value);
        } else {
            kryo.writeClassAndObject(out, value);
        }
    }

    @Override
    public T read(Kryo kryo, Input in, Class<T> type) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = readComponent(kryo, in, components[i].getType());
        }
        try {
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getName(), e);
        }
    }

    private static Object readComponent(Kryo kryo, Input in, Class<?> type) {
        if (type == long.class) {
            return in.readLong(false);
        } else if (type == int.class) {
            return in.readInt(false);
        } else if (type == boolean.class) {
            return in.readBoolean();
        } else if (type == double.class) {
            return in.readDouble();
        } else if (type == float.class) {
            return in.readFloat();
        }
        return kryo.readClassAndObject(in);
    }
}
