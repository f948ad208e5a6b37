package org.vigil.match;

import org.vigil.match.testing.BundledIndex;

/** Manual exploration of pairwise scores. */
public final class Pairs {
    public static void main(String[] args) {
        NameComparator c = NameComparator.withStatistics(BundledIndex.screener().index());
        String[][] pairs = {
            {"Siemens AG", "Siemens Aktiengesellschaft"}, {"Gazprom PJSC", "Public Joint Stock Company Gazprom"},
            {"Rosneft Oil Company", "Rosneft"}, {"Bank Melli Iran", "Melli Bank"}, {"Bank Saderat", "Bank Sepah"},
            {"Vladimir Putin", "Wladimir Putin"}, {"Vladimir Vladimirovich Putin", "PUTIN, Vladimir"},
            {"Kim Jong Un", "Kim Jong-un"}, {"Kim Jong Un", "Kim Jong Il"}, {"Osama bin Laden", "Usama bin Ladin"},
            {"Ayman al-Zawahiri", "Aiman Zawahri"}, {"Abu Bakr al-Baghdadi", "Ibrahim Awad Ibrahim al-Badri"},
            {"John Smith", "Jon Smyth"}, {"John Smith", "John Smithson"}, {"Mohammed Ali", "Ali Mohammed"},
            {"Alexander Lukashenko", "Aleksandr Lukashenka"}, {"Sergei Ivanov", "Sergey Ivanov"},
            {"Sergei Ivanov", "Sergei Ivanovich Petrov"}, {"ООО Ромашка", "Romashka LLC"}, {"Ali Khamenei", "Ali Hosseini Khamenei"},
            {"Hezbollah", "Hizballah"}, {"Hamas", "Harakat al-Muqawama al-Islamiya"}, {"Emma LLC", "Emma Daniels"},
            {"Maria Garcia", "Mario Garcia"}, {"Daniel Ortega", "Daniel Ortega Saavedra"}, {"Nicolas Maduro Moros", "Nicolás Maduro"},
            {"Татьяна Иванова", "Tatiana Ivanova"}, {"Tatiana Ivanova", "Tatyana Ivanova"}, {"Li Wei", "Wei Li"}, {"Wang Wei", "Wang Fang"}
        };
        for (String[] p : pairs) {
            var r = c.compare(p[0], p[1]);
            System.out.printf("%.3f %-5s %s | %s   %s%n", r.score(), r.match(), p[0], p[1], r.explanation().tokens());
        }
    }
}
