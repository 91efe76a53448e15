; BrainTS kernel for neuron model Izhikevich (models/izhikevich.ts:24), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): v, u, I.
; Group-uniform parameters (params): a, b, c, d, v_peak.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'Izhikevich.cpu'
source_filename = "models/izhikevich.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @Izhikevich_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/izhikevich.ts:40  update(t: number, dt: number) {
  %v.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %v.ptr = load double*, double** %v.slot, align 8, !dbg !7
  %u.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %u.ptr = load double*, double** %u.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %a.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %a = load double, double* %a.slot, align 8, !dbg !7
  %b.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %b = load double, double* %b.slot, align 8, !dbg !7
  %c.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %c = load double, double* %c.slot, align 8, !dbg !7
  %d.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %d = load double, double* %d.slot, align 8, !dbg !7
  %v_peak.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %v_peak = load double, double* %v_peak.slot, align 8, !dbg !7
  %0 = icmp slt i64 %begin, %end, !dbg !7
  br i1 %0, label %neuron, label %done, !dbg !7

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !7
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  ; models/izhikevich.ts:41  [this.v, this.u] = step(this.dvu, this.v, this.u, this.I);
  %v.addr = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !8
  %v = load double, double* %v.addr, align 8, !dbg !8
  ; models/izhikevich.ts:37  return [0.04 * v ** 2 + 5 * v + 140 - u + I, this.a * (this.b * v - u)];
  %1 = fmul double %v, %v, !dbg !9
  %2 = fmul double 4.000000e-02, %1, !dbg !9
  %3 = fmul double 5.000000e+00, %v, !dbg !10
  %4 = fadd double %2, %3, !dbg !10
  %5 = fadd double %4, 1.400000e+02, !dbg !11
  ; models/izhikevich.ts:41  [this.v, this.u] = step(this.dvu, this.v, this.u, this.I);
  %u.addr = getelementptr inbounds double, double* %u.ptr, i64 %i, !dbg !12
  %u = load double, double* %u.addr, align 8, !dbg !12
  %6 = fsub double %5, %u, !dbg !12
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !13
  %I = load double, double* %I.addr, align 8, !dbg !13
  %7 = fadd double %6, %I, !dbg !13
  %8 = fmul double %dt, %7, !dbg !13
  %9 = fadd double %v, %8, !dbg !13
  ; models/izhikevich.ts:42  if (this.v >= this.v_peak) {
  %10 = fcmp oge double %9, %v_peak, !dbg !14
  ; models/izhikevich.ts:43  this.v = this.c;
  %v.next = select i1 %10, double %c, double %9, !dbg !15
  ; models/izhikevich.ts:37  return [0.04 * v ** 2 + 5 * v + 140 - u + I, this.a * (this.b * v - u)];
  %11 = fmul double %b, %v, !dbg !16
  %12 = fsub double %11, %u, !dbg !16
  %13 = fmul double %a, %12, !dbg !16
  %14 = fmul double %dt, %13, !dbg !16
  %15 = fadd double %u, %14, !dbg !16
  ; models/izhikevich.ts:44  this.u += this.d;
  %16 = fadd double %15, %d, !dbg !17
  %u.next = select i1 %10, double %16, double %15, !dbg !17
  ; models/izhikevich.ts:43  this.v = this.c;
  %v.addr1 = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !18
  store double %v.next, double* %v.addr1, align 8, !dbg !18
  %17 = fsub double %v.next, %v.next, !dbg !18
  %18 = bitcast double %17 to i64, !dbg !18
  %v.bad = or i64 0, %18, !dbg !18
  ; models/izhikevich.ts:44  this.u += this.d;
  %u.addr2 = getelementptr inbounds double, double* %u.ptr, i64 %i, !dbg !19
  store double %u.next, double* %u.addr2, align 8, !dbg !19
  %19 = fsub double %u.next, %u.next, !dbg !19
  %20 = bitcast double %19 to i64, !dbg !19
  %u.bad = or i64 %v.bad, %20, !dbg !19
  ; models/izhikevich.ts:33  @current I = 0; // mV/ms
  %I.addr3 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !20
  store double 0.000000e+00, double* %I.addr3, align 8, !dbg !20
  ; models/izhikevich.ts:40  update(t: number, dt: number) {
  %spiked.byte = zext i1 %10 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %u.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %21 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %21, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %22 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %22 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

attributes #0 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "izhikevich.ts", directory: "models")
!4 = distinct !DISubprogram(name: "Izhikevich.update", linkageName: "Izhikevich_update", scope: !3, file: !3, line: 40, type: !5, scopeLine: 40, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 40, column: 3, scope: !4)
!8 = !DILocation(line: 41, column: 39, scope: !4)
!9 = !DILocation(line: 37, column: 20, scope: !4)
!10 = !DILocation(line: 37, column: 29, scope: !4)
!11 = !DILocation(line: 37, column: 37, scope: !4)
!12 = !DILocation(line: 41, column: 47, scope: !4)
!13 = !DILocation(line: 41, column: 55, scope: !4)
!14 = !DILocation(line: 42, column: 19, scope: !4)
!15 = !DILocation(line: 43, column: 16, scope: !4)
!16 = !DILocation(line: 37, column: 60, scope: !4)
!17 = !DILocation(line: 44, column: 17, scope: !4)
!18 = !DILocation(line: 43, column: 7, scope: !4)
!19 = !DILocation(line: 44, column: 7, scope: !4)
!20 = !DILocation(line: 33, column: 3, scope: !4)
; braints-hash: 0c52737c6cfe0211863199f5c98deb9b440819f3b29d5f61ae32e824b783c64e
