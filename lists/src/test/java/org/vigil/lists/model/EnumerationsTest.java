package org.vigil.lists.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.Enumerations.Item;

class EnumerationsTest {

    @Test
    void splitsNumberedItemsWithRangesAndSharedItems() {
        assertThat(Enumerations.split("(1)-(2) Tunisia (3) Libya (4) Algeria")).containsExactly(
                new Item(List.of(1, 2), "Tunisia"), new Item(List.of(3), "Libya"), new Item(List.of(4), "Algeria"));
        assertThat(Enumerations.split("(1) to (6) Algeria (7) Morocco")).containsExactly(
                new Item(List.of(1, 2, 3, 4, 5, 6), "Algeria"), new Item(List.of(7), "Morocco"));
        assertThat(Enumerations.split("(1) (2) (4) Libyan Arab Jamahirya (3) Morocco")).containsExactly(
                new Item(List.of(1, 2, 4), "Libyan Arab Jamahirya"), new Item(List.of(3), "Morocco"));
        assertThat(Enumerations.split("(1) Manzil Tmim (2)-(6) -")).containsExactly(
                new Item(List.of(1), "Manzil Tmim"), new Item(List.of(2, 3, 4, 5, 6), "-"));
    }

    @Test
    void splitsLetteredAndUnbracketedItems() {
        assertThat(Enumerations.split("a) French, b) Tunisian")).containsExactly(
                new Item(List.of(1), "French"), new Item(List.of(2), "Tunisian"));
        assertThat(Enumerations.split("(a) Iraq (b) Iran")).containsExactly(
                new Item(List.of(1), "Iraq"), new Item(List.of(2), "Iran"));
        assertThat(Enumerations.split("1) Saudi Arabia 2) Qatar")).containsExactly(
                new Item(List.of(1), "Saudi Arabia"), new Item(List.of(2), "Qatar"));
        assertThat(Enumerations.split("a) General b)Major General")).containsExactly(
                new Item(List.of(1), "General"), new Item(List.of(2), "Major General"));
        assertThat(Enumerations.split("(1) Zaporozhye(2) Simferopol, Crimea")).containsExactly(
                new Item(List.of(1), "Zaporozhye"), new Item(List.of(2), "Simferopol, Crimea"));
    }

    @Test
    void leavesOtherTextWhole() {
        assertThat(Enumerations.isEnumerated("Iran (Islamic Republic of)")).isFalse();
        assertThat(Enumerations.isEnumerated("Kuwait (residence as at Mar 2009) (UN address)")).isFalse();
        assertThat(Enumerations.isEnumerated("Block 2) Karachi")).isFalse(); // does not start at item 1
        assertThat(Enumerations.split("Pakistan")).containsExactly(new Item(List.of(), "Pakistan"));
        assertThat(Enumerations.split("")).containsExactly(new Item(List.of(), ""));
        assertThat(Enumerations.split("Passport: (1) A123 (2) B456")).containsExactly(
                new Item(List.of(), "Passport:"), new Item(List.of(1), "A123"), new Item(List.of(2), "B456"));
    }
}
