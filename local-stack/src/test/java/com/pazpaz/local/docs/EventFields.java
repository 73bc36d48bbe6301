package com.pazpaz.local.docs;

import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.TypedId;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON fields of an event record, nested kernel records flattened into dotted paths ({@code []} for the
 * elements of a list of kernel records).
 */
final class EventFields {

    List<Field> of(Class<?> record) {
        List<Field> fields = new ArrayList<>();
        collect("", record, fields);
        return fields;
    }

    private void collect(String prefix, Class<?> record, List<Field> fields) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            Class<?> type = component.getType();
            Class<?> element = listElement(component.getGenericType());
            if (isKernelRecord(type)) {
                collect(path + ".", type, fields);
            } else if (element != null && isKernelRecord(element)) {
                collect(path + "[].", element, fields);
            } else {
                fields.add(new Field(
                        path,
                        describe(component.getGenericType()),
                        mentionsEncryptedValue(component.getGenericType())));
            }
        }
    }

    private static boolean isKernelRecord(Class<?> type) {
        return type.isRecord()
                && type.getName().startsWith("com.pazpaz.kernel.")
                && !TypedId.class.isAssignableFrom(type);
    }

    /** The element class of a {@code List<X>}, so that a list of kernel records is documented field by field. */
    private static Class<?> listElement(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() == List.class
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static String describe(Type type) {
        if (type instanceof Class<?> c && TypedId.class.isAssignableFrom(c)) {
            return "UUID (" + c.getSimpleName() + ")";
        }
        if (type == EncryptedValue.class) {
            return "base64 ciphertext";
        }
        return type.getTypeName()
                .replaceAll("([a-z0-9_]+\\.)+([A-Za-z0-9_$]+)", "$2")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    private static boolean mentionsEncryptedValue(Type type) {
        if (type == EncryptedValue.class) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (mentionsEncryptedValue(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One field: its dotted JSON path, its type as documented, and whether it holds ciphertext. */
    record Field(String path, String type, boolean encrypted) {}
}
