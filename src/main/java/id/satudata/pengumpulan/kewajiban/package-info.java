/**
 * What a producer's OPD owes (the Daftar Data's releases with their due dates, every dataset it
 * produces): {@code /kelola/pengumpulan}, and a dataset's page {@code /kelola/pengumpulan/dataset/**}
 * (its submissions, rules, Excel template, a new submission).
 */
package id.satudata.pengumpulan.kewajiban;
