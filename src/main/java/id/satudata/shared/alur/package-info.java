/**
 * The workflow core: {@link id.satudata.shared.alur.Alur}, the transition table every state
 * machine of the platform is written in, and {@link id.satudata.shared.alur.TransisiDitolak}, the
 * one exception for a refused step.
 */
package id.satudata.shared.alur;
