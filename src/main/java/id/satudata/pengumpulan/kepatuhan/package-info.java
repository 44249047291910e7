/** The SDI compliance score of a submission: the four principles of Perpres 39/2019, criterion by criterion. */
package id.satudata.pengumpulan.kepatuhan;
