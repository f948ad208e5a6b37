package org.vigil.lists.format.uae;

import org.vigil.lists.model.Text;

/** The columns of the UAE Local Terrorist List CSV, by their Arabic header (row 3 of the file). */
enum UaeColumn {
    NUMBER(true, "#"),
    CLASSIFICATION(false, "التصنيف"),
    NATIONALITY(false, "الجنسية"),
    FAMILY_NAME_ARABIC(false, "اسم العائلة (بالحروف العربية)"),
    FAMILY_NAME_LATIN(false, "اسم العائلة (بالحروف اللاتينية)"),
    FULL_NAME_ARABIC(false, "الاسم الكامل (بالحروف العربية)"),
    FULL_NAME_LATIN(true, "الاسم الكامل (بالحروف اللاتينية)"),
    BIRTH_DATE(false, "تاريخ الميلاد"),
    BIRTH_PLACE(false, "مكان الميلاد"),
    ALIAS(false, "الاسم"),
    STREET(false, "الشارع"),
    CITY(false, "المدينة"),
    COUNTRY(false, "الدولة"),
    DOCUMENT_TYPE(false, "النوع"),
    DOCUMENT_NUMBER(false, "رقم الوثيقة"),
    DOCUMENT_ISSUER(false, "جهة الإصدار"),
    DOCUMENT_ISSUED(false, "تاريخ الإصدار"),
    DOCUMENT_EXPIRES(false, "تاريخ الانتهاء"),
    OTHER_INFORMATION(false, "معلومات أخرى");

    private final boolean required;
    private final String header;

    UaeColumn(boolean required, String header) {
        this.required = required;
        this.header = header;
    }

    boolean required() {
        return required;
    }

    String header() {
        return header;
    }

    /** Header cells match with their whitespace normalised (one has an embedded line break, others trailing spaces). */
    boolean matches(String cell) {
        return Text.clean(cell).equals(header);
    }
}
